#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the pj blind extraction set (pj02, pj06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` or
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  pj02  the Horizon Weekly (horizonweekly.ca, early 2016) "Appeal To Armenian Canadians" of the
        Canadian regional chapters of three Armenian political parties, as held by the stored
        web-page corpus (whole, with the page's comment-form lines). The title became a Word
        heading, every stored paragraph a Word paragraph (blank lines dropped), each of the three
        party names a paragraph of its own.
  pj06  the ankawa.com (English) page "Mesopotamia's Christians, including Assyrians" with the
        statement of the Middle East Christians Committee (MECHRIC) and other Middle Eastern
        Christian organisations made on Capitol Hill on 26 June 2014, as held by the stored
        web-page corpus (cut by the corpus inside the seventh organisation, "Chaldean Syriac
        Assyrian Pop"). The page title became the PDF heading, every stored line a PDF paragraph
        (blank lines dropped), each organisation a paragraph of its own.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  pj02  DOCX: a heading, five statement paragraphs, three signature paragraphs (no cue), two
        comment-form paragraphs.
  pj06  PDF: a heading, the quoted headline, the place line, four statement paragraphs ("We the
        undersigned members of ..."), then seven one-line organisation paragraphs (the last cut).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "pj02_horizonweekly-appeal-to-armenian-canadians": "Appeal To Armenian Canadians",
}
PDF: dict[str, str] = {
    "pj06_ankawa-mechric-capitol-hill-nineveh-plain-statement": (
        "Mesopotamia’s Christians, including Assyrians"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
