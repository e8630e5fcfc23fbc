#!/usr/bin/env python3
"""Build the DOCX document of the hc blind extraction set (hc06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a Diwan FM (Tunisia) news page on a joint statement of Tunisian
civil-society organisations, as held by the stored web-page corpus (see ``sources.csv``):
the page's first line (its title) became the Word heading 1, its paragraphs Word
paragraphs, and each signatory line of the source (one a line, each opened by a bare "-"
with no space) a "List Bullet" paragraph, the source's dash dropped (it is the list's
marker) and everything after it kept as written, trailing commas included. The stored
page ends inside the tenth name; that cut item is kept as written. Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Layout:
  hc06  DOCX (Arabic): a heading, four paragraphs of the statement as reported (support
        for peaceful protests, rejection of looting, condemnation of excessive force and
        arbitrary arrests), the cue paragraph "وتتمثل المنظمات الموقعة على البيان في:",
        then 10 Word bullet paragraphs, one organisation each (five of them end with a
        comma, three with " ،"; the last one cut mid-word).

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
    "hc06_diwanfm-munazzamat-ihtijajat-silmiya-ar": (
        'منظمات المجتمع المدني تعبّر عن "مساندتها المطلقة لكل الاحتجاجات السلمية"'
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
