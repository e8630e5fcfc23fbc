#!/usr/bin/env python3
"""Build the DOCX document of the gg blind extraction set (gg01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news page of DIE LINKE Neukölln (11 February 2016) as held
by the stored web-page corpus (see ``sources.csv``): the open letter of the volunteer
refugee-support groups of Berlin to the Governing Mayor, the Senate and the Berlin
parliament. The page's navigation link ("Zurück zur Startseite") was left out; the date
line is kept as the first paragraph, the letter's title became the Word heading 1, the
paragraphs stay paragraphs, and each signing group (one "•" bullet a line in the page)
became a "List Bullet" paragraph. The last group's name is cut where the stored window
of the page ends ("Medibüro Berlin - Netzwerk für das Recht au"); it is kept as it is.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  gg01  DOCX: a date paragraph, a heading 1, four paragraphs (two with quotations), the
        cue paragraph "Unterzeichnet wurde der Offene Brief von:" and 16 Word bullet
        paragraphs, one group each (a district in brackets, "e.V." suffixes, acronyms in
        brackets, an en dash inside the last name).

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
    "gg01_linke-neukoelln-offener-brief-unterstuetzergruppen": (
        "Offener Brief der ehrenamtlichen Unterstützergruppen angesichts der Situation der"
        " Geflüchteten"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
