#!/usr/bin/env python3
"""Build the DOCX document of the cy blind extraction set (cy01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in cy01: its three demands start
with a literal bullet character, not with "- ", so they stay plain paragraphs):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  cy01  DOCX: an ICFJ (International Center for Journalists) news item of July 2019 on more
        than 30 press freedom and media development organisations calling on the States at
        the Global Media Freedom Conference in London; the signers follow the text with no
        cue, one organisation a paragraph, some with a contact person, an e-mail address and
        a telephone number ("ARTICLE 19 - Thomas Hughes thomas@... +44 ..."). The stored
        text stops mid-word ("Internat").

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
    "cy01_icfj-press-freedom-groups-global-media-freedom-conference": (
        "New Pledges Not Credible without Action, Say Press Freedom Groups"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
