#!/usr/bin/env python3
"""Build the DOCX document of the fifty-fourth blind extraction set (at series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text of
a stored public web page (see ``sources.csv``); only its line breaks were turned into document
structure (one paragraph a line, empty lines dropped, nothing added). Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  at02  DOCX: CARE International press release "Joint INGO Statement in the Event of an
        Escalation on Hodeidah" (14 June 2018, Yemen): three paragraphs of statement, then the
        cue "Signatories:" and seventeen organisations, one plain paragraph each (no list
        style, no numbering), a paragraph holding a single space, and a closing link text.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (gold-at/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "at02_care-intl-joint-ingo-statement-hodeidah": (
        "Joint INGO Statement in the Event of an Escalation on Hodeidah"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
