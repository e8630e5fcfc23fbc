#!/usr/bin/env python3
"""Build the DOCX document of the mz blind extraction set (mz06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a document stored by the web-page corpus (issuu.com, see
``sources.csv``): the joint statement of 14 February 2011 by the Glasgow University Union
and the Queen Margaret Union on the anti-cuts movement and the Hetherington occupation, as
held by the stored web-page corpus (cut by the corpus inside "Student Representative Coun").
The issuu page marker "Page 1" was left out; the date became the first Word paragraph, the
statement's opening sentence "A joint statement by ..." the Word heading 1, and the stored
single block of text was split into five Word paragraphs at sentence boundaries (no word
changed, added or dropped). Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  mz06  DOCX: a date paragraph, a heading naming the two issuing unions (the only place
        where they are named in full together), then five statement paragraphs; no
        signature block (the issuers are the cue's own sentence).

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
    "mz06_issuu-guu-qmu-joint-statement-anti-cuts-hetherington": (
        "A joint statement by the Glasgow University Union and the Queen Margaret Union"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
