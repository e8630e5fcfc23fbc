#!/usr/bin/env python3
"""Build the DOCX document of the ei blind extraction set (ei06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in ei06):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ei06  DOCX: a GEW Ansbach (Bavaria) tag page quoting the opening of a resolution of
        31 January 2014 against the announced cut of 830 teaching posts; the three signing
        bodies are named inline in the first paragraph ("der abl (...), der BLLV (...) und
        die GEW (...)"), the first with a parenthesis listing its member associations; the
        second paragraph is the resolution's first sentences, cut with "… weiter mit der
        Resolution".

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
    "ei06_gew-ansbach-resolution-lehrerstellenkuerzung": (
        "Resolution der bayerischen Lehrerverbände gegen die Kürzung von Lehrerstellen"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
