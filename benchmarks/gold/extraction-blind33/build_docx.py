#!/usr/bin/env python3
"""Build the DOCX document of the thirty-third blind extraction set (zu series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of a public statement (see ``sources.csv``): one stored web page; only the title was
turned into a heading and each line into a Word paragraph. Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX)     ``## ...``  Heading 2
  ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  zu04  DOCX: an Oregon Catalyst item (Taxpayer Association of Oregon site) reporting the joint
        statement of 28 Oregon political organizations against curbs on initiative petitions;
        the headline as a Word heading, the introduction and the statement as paragraphs, then
        the signatories one name a paragraph with no cue line (26 organisations, one line of two
        attorneys, one "Person, Organisation" line), then the distribution note and a postal
        contact line.

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
    "zu04_oregoncatalyst-coalition-28-petition-rights": (
        "Broad coalition of 28 organizations opposes hindering petition rights"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
