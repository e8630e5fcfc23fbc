#!/usr/bin/env python3
"""Build the DOCX document of the fw blind extraction set (fw10) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a page of the Hind Mazdoor Sabha site (one of India's central
trade unions) as held by the stored web-page corpus
(``http://hindmazdoorsabha.com/event-details.php?eventID=7``, see ``sources.csv``): the
stored window of the page, cut by the window at the end ('... and its impact'). The page
title "National Convention" became the Word heading 1 and the date a paragraph; the page's
letterhead of the ten unions' acronyms, written on two lines of acronyms separated by runs
of spaces (4 and 6 acronyms), became a two-row Word table with six columns, the first row
padded with two empty cells (the shared builder wants rows of equal width, and it sets the
first row in bold); the one long paragraph that follows was kept as written (its double
space included). Nothing here decides who signed: the labels in ``labels/`` were written
by reading.

Layout:
  fw10  DOCX: heading 1 "National Convention", a date paragraph, a 2 x 6 Word table of
        union acronyms with no cue (INTUC, AITUC, HMS, CITU / AIUTUC, AICCTU, TUCC, UTUC,
        SEWA, LPF), then one long paragraph on the joint meeting of the Central Trade
        Unions of 2 June 2017 held at the INTUC office.

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
    "fw10_hms-central-trade-unions-national-convention": "National Convention",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
