#!/usr/bin/env python3
"""Build the DOCX document of the fi blind extraction set (fi04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a HappyNews.nl article of 20 December 2010 as held by the
stored web-page corpus (http://www.happynews.nl/2010/12/20/natuur-en-milieuorganisaties-
vormen-coalitie-voor-behoud-natuur-en-landschap/, see ``sources.csv``): the article with the
site's chrome left out (the "RSS" link, the repeated title, the HappyNewsletter promotion
and the comment prompts after the list). The article title became the Word heading 1, the
date and the category line plain paragraphs, the list's cue ("Hart voor Natuur is een
coalitie van:") a Word heading 2 and each coalition member (a "* " Markdown-style bullet in
the stored text) a "List Bullet" paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  fi04  DOCX (Dutch): HappyNews report on the "Hart voor Natuur" coalition of Dutch nature
        and environment organisations against the cabinet's cuts to nature and landscape
        (2010): a heading, a date and a category paragraph, two body paragraphs, then a
        heading 2 and 22 Word bullet paragraphs "Organisation name" or "Organisation name
        (ACRONYM)".

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
    "fi04_happynews-hart-voor-natuur-coalitie": (
        "Natuur- en milieuorganisaties vormen coalitie voor behoud natuur en landschap"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
