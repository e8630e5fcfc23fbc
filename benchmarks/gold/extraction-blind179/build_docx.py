#!/usr/bin/env python3
"""Build the DOCX document of the fo blind extraction set (fo02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news item of the Safety First Wales site kept as a React
component in the repository ``github:ehwus/sfw2`` (``src/components/news/OpenLetterSecretary.tsx``,
see ``sources.csv``): the visible text of the article with its JSX markup left out. The
item's title (``<h4>``) became the Word heading 1, its date and each paragraph a paragraph,
each line of the address block (``<br />``) a paragraph of its own, the five demands
(``<li>``) "List Bullet" paragraphs, the list's heading ("Signatory Organisations:",
``<h6>``) a Word heading 2 and each signatory organisation (one ``<p>`` each in the source)
a plain paragraph, one name a line without bullets or numbers. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  fo02  DOCX: Decrim Now's open letter of 15 September 2025 to the UK Secretary of State
        for Work and Pensions, as posted by Safety First Wales: a heading, a date line, one
        sentence of introduction ("We signed Decrim Now's open letter ..."), a "To:" / "Cc:"
        address block, the letter with five Word bullets of demands, "Yours sincerely,",
        then a heading 2 and 27 plain paragraphs, one organisation a line.

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
    "fo02_safetyfirstwales-decrimnow-letter-dwp-secretary": (
        "Open letter to the Secretary of State for Work and Pensions"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
