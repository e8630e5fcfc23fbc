#!/usr/bin/env python3
"""Build the DOCX document of the hx blind extraction set (hx01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one level up: fixed creation dates and zip timestamps, two
builds give identical bytes).

The text is the real text of a post of the Take Action Skagway site (Skagway, Alaska) kept as
Markdown in the repository ``github:simonv3/take-action-skagway`` (see ``sources.csv``): the
body of the post with its front matter and the Google Doc link target left out, its ``<br/>``
address lines turned into paragraphs and its thematic breaks (``---``) dropped. The post's
title became the Word heading 1 and each signer (one a Markdown bullet in the source) a
"List Bullet" paragraph. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  hx01  DOCX: the letter of 10 February 2017 to the Skagway Assembly and Mayor asking for
        an official welcoming proclamation or resolution: a heading, two lead paragraphs,
        the date, four address paragraphs, the salutation, two body paragraphs,
        "Sincerely," and 32 Word bullet paragraphs, one resident's name each.

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
    "hx01_skagway-welcoming-resolution-letter-assembly": "Welcoming Resolution",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
