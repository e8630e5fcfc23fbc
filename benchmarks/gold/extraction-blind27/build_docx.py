#!/usr/bin/env python3
"""Build the DOCX document of the twenty-seventh blind extraction set (ad series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the visible
text of a public statement kept in a public GitHub repository (see ``sources.csv``); only its
headings, paragraphs and signature lines were turned into document structure. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1        ``## ...``  Heading 2
  ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ad03  DOCX: the "Turn Out for Texas" page of One Breath Partnership (Houston, 2021), an
        open statement of environmental organizations against Texas House Bill 6 and Senate
        Bill 7; the page's h1 and h2 as Word headings, its six prose paragraphs (link markup
        dropped, link text kept), then the seventeen signing organizations one paragraph each,
        with no cue before them (the page shows them as a bold block of lines).

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 2, 12, 0, 0)

DOCX: dict[str, str] = {
    "ad03_onebreath-turnout-for-texas": (
        "Turn Out for Texas: environmental organizations support Texans' right to take part in democracy"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
