#!/usr/bin/env python3
"""Build the DOCX document of the seventy-sixth blind extraction set (bp series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of one stored public web page (see ``sources.csv``); only its paragraph breaks were turned into
document structure (one Word paragraph a line). Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  bp03  DOCX: a short Italian local-TV news item (noitv.it) on a document that Catholic and
        lay associations of Lucca presented for the G7 foreign ministers' meeting; five of the
        adhering associations are named in one comma-separated run inside the second paragraph
        ("Caritas, Uisp, Libera, Centro missionario diocesano, Emergency sono solo alcune delle
        associazioni che hanno aderito"); two plain paragraphs, no heading, no list.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "bp03_noitv-lucca-g7-sottoscrizione-associazioni": (
        "Lucca, una sottoscrizione delle associazioni per il G7 dei ministri degli esteri"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
