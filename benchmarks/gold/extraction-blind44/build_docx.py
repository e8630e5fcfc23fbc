#!/usr/bin/env python3
"""Build the DOCX document of the forty-fourth blind extraction set (zo series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of a public web page (see ``sources.csv``), as held by the stored web-page corpus; only its line
breaks were turned into Word paragraphs, nothing was added. Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1      ``## ...``  Heading 2      ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  zo06  DOCX: a Tellusfolio (Italy, October 2016) news item on the last signature-collection
        days of the "Legalizziamo!" popular law on cannabis; seven plain paragraphs, the
        promoting organisations inside one sentence ("promossa da A e B in collaborazione
        con C, D, ..."), the supporting personalities, mayors and members of parliament inside
        three more sentences, the last paragraph cut by the stored window.

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
    "zo06_tellusfolio-legalizziamo-days-cannabis": (
        "Cannabis: Rush finale per raccolta firme su legge popolare"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
