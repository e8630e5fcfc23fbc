#!/usr/bin/env python3
"""Build the DOCX document of the sixty-fifth blind extraction set (be series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is
the real text of one stored public web page (see ``sources.csv``); only its line breaks
were turned into document structure (one Word paragraph a line). No heading, bullet or
table mark was added. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  be10  DOCX: the stored window of a page of the Paris federation of the Ligue des droits
        de l'Homme (site.ldh-france.org/paris) calling a march for the Syrian people on
        Saturday 16 March (2013); the call text runs in plain paragraphs and ends with the
        paragraph "Premiers signataires : A (...), B, C, D, Associatio", an inline comma
        list cut in its fifth item by the end of the stored window.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "be10_ldh-paris-manifestation-syrie-16-mars": (
        "Pour que vive dans la liberte et la paix le peuple syrien, Manifestons !"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
