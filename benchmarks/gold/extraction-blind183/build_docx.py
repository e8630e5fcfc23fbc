#!/usr/bin/env python3
"""Build the DOCX document of the fs blind extraction set (fs02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` kept one folder up; fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a Vidik fest page (Croatia) as held by the stored web-page
corpus (https://vidik-fest.org/vidikovac/pocelo-prikupljanje-potpisa-za-referendum, see
``sources.csv``): the page's first line became the Word heading 1, the two list headings
("SINDIKATI:", "UDRUGE CIVILNOG DRUŠTVA:") Word headings 2, and each numbered item
("1. Sindikat hrvatskih učitelja") a "List Bullet" paragraph without its number; every other
line is a paragraph, word for word. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  fs02  DOCX: news item on the civic initiative "ZA REFERENDUM!" of 15 trade unions and 7
        civil-society associations (Croatia, referendum law): a heading, a sub-title
        paragraph, an intro paragraph naming the Hrvatski sabor, a cue paragraph
        ("Popis sindikata i udruga inicijative ..."), then two headings 2 each followed by
        Word bullets (15 unions, 7 associations), then the campaign URL as a paragraph.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "fs02_vidikfest-za-referendum-sindikati-udruge": (
        'Počelo prikupljanje potpisa "Za referendum"'
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
