#!/usr/bin/env python3
"""Build the DOCX document of the dd blind extraction set (dd01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in dd01):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  dd01  DOCX: a docslib.org page holding a US coalition letter (a PDF of 16 pages) whose
        stored text starts with the page title (the first names of the letterhead, cut),
        two lines of file metadata ("Total Page:16", "File Type:pdf, Size:1020Kb") and then
        the letterhead itself: some seventy environmental and community organisations in
        one paragraph, separated by " * ", cut inside the last name ("Dine' Citizens Agai").

    PYTHONPATH=/work/main/benchmarks/gold /work/venv/bin/python build_docx.py
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
    "dd01_docslib-1sky-environmental-groups-letterhead": (
        "1Sky * Advocates for Environmental Human Rights * Alabama"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
