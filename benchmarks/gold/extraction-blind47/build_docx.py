#!/usr/bin/env python3
"""Build the PDF document of the forty-seventh blind extraction set (zn series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the shared builder ``gold_docs.build_set``
(fixed creation date: two builds give identical bytes). The text is the real text of a public
page as held by the stored web-page corpus (see ``sources.csv``); only its lines were turned
into document structure (lines starting with "- " become bullet lines, every other line a
paragraph; nothing was added). Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  zn01  PDF: The961 (Lebanon) news item on the launch of the "Coalition to Defend Freedom of
        Expression in Lebanon": two prose paragraphs, the cue "The members of the coalition
        are:", fifteen bullet lines (the lead says fourteen), then prose quoting the
        coalition, cut mid-word where the stored window ends.

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

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "zn01_the961-coalition-defend-freedom-expression-lebanon": (
        "Coalition to Defend Freedom of Expression in Lebanon"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
