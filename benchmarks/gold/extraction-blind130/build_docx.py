#!/usr/bin/env python3
"""Build the DOCX document of the dr blind extraction set (dr02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text:
the page itself writes its seven list items as "- Name" lines, and ``gold_docs`` turns those
into "List Bullet" paragraphs (the "- " is not kept in the Word text). Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Text convention (as in gold_docs):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  dr02  DOCX: a Fyens Stiftstidende (Denmark) box on the Danish nature organisations behind
        a joint protest against the government: one plain paragraph ("I alt seks store
        naturforeninger gaar sammen i faelles protest.") then seven Word bullet paragraphs,
        one organisation each, the first with a description in parentheses.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "dr02_fyens-naturforeninger-faelles-protest": (
        "De staar bag naturoproeret mod regeringen"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
