#!/usr/bin/env python3
"""Build the DOCX document of the gf blind extraction set (gf02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news page of Alsalam News (alsalam-news.com, Yemen) as held
by the stored web-page corpus (see ``sources.csv``): the page's first line (the headline)
became the Word heading 1 and the body paragraph, which the stored text cuts mid-sentence,
a single Word paragraph, kept as written (its double spaces, its inline list in brackets and
its final space included). Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  gf02  DOCX: the news item on the first statement of the Youth Platform for Peacebuilding
        and 25 Yemeni youth organisations calling for a ceasefire against COVID-19 (2020):
        a heading, then one paragraph whose second sentence names the platform and lists
        the 25 organisations inline, separated by Arabic commas, inside "( ... )".

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
    "gf02_alsalam-minassat-shabab-25-munazzama-yaman-ar": (
        "منصة شباب لبناء السلام والمنظمات الشبابية تدعو لسرعة ايقاف الاقتتال"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
