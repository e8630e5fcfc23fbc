#!/usr/bin/env python3
"""Build the DOCX document of the gc blind extraction set (gc10) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a Dakaractu news page (Senegal, February 2024) as held by the
stored web-page corpus (see ``sources.csv``): the leading corpus date marker and the runs of
empty lines left out, the three paragraphs kept as written, the heading rebuilt from the
page's address (the stored copy starts after the title), the cue line ("Les signataires de
la déclaration :") kept as a paragraph and each signatory line ("ORGANISATION : Name", one a
line in the source) made a "List Bullet" paragraph. The stored copy stops inside the ninth
line ("ONDH: Samba THI"); it is kept as cut. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  gc10  DOCX: the SOS/PAIX platform's statement rejecting President Macky Sall's call to a
        national dialogue: a heading, three paragraphs, a cue paragraph, then nine Word bullet
        paragraphs "ACRONYM : Person" (two with "ACRONYM: Person"), no closing text.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "gc10_dakaractu-sos-paix-rejette-dialogue-signataires": (
        "Appel au dialogue : 18 organisations de la société civile rejettent la main tendue"
        " de Macky Sall"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
