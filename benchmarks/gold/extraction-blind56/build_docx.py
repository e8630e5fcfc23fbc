#!/usr/bin/env python3
"""Build the DOCX document of the fifty-sixth blind extraction set (av series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is
the real text of a stored public web page (see ``sources.csv``); only its line breaks were
turned into paragraphs (empty lines dropped), nothing was added. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1      ``## ...``  Heading 2      ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  av03  DOCX: an Italian local news item (manduriaoggi.it) on the founding of a peace
        committee in Avetrana: a standfirst, four paragraphs (quotes from the committee's
        note), then the signatories as one comma-separated run after the cue
        "Di seguito i firmatari:" inside a paragraph, and a closing quote.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (copy at /work/gold-av/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "av03_manduriaoggi-comitato-pace-avetrana": (
        "Avetrana: nasce il Comitato per la Pace, l'elenco delle adesioni"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
