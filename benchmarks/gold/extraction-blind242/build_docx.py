#!/usr/bin/env python3
"""Build the DOCX document of the hz blind extraction set (hz01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the One Family page "Open letter to An Taoiseach Leo Varadkar"
(onefamily.ie, Ireland, 2023) as held by the stored web-page corpus (see ``sources.csv``):
the standfirst, the letter and its five signature lines "Name \u2013 Organisation". The page's
title (from its address, the stored text has none) became the Word heading 1, each
paragraph a Word paragraph (the blank lines between them dropped) and the five signature
lines the rows of a two-column Word table (name | organisation; the en dash between them
dropped, the first row bold as python-docx's header row). Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Layout:
  hz01  DOCX: a heading, a standfirst ("A coalition of five national organisations has
        written an open letter to the Taoiseach ..."), "Dear Taoiseach," and four letter
        paragraphs on the Family, Care and Gender Equality referendum (Citizens' Assembly,
        Joint Oireachtas Committee), "Yours Sincerely,", then a 5-row Word table
        "Person | Organisation" (NWCI, Treoir, Family Carers Ireland, One Family, SIPTU).

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
    "hz01_onefamily-open-letter-taoiseach-referendum": ("Open letter to An Taoiseach Leo Varadkar"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
