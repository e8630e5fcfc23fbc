#!/usr/bin/env python3
"""Build the DOCX document of the eighty-ninth blind extraction set (cc series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of one stored public web page (see ``sources.csv``); only paragraph breaks, one
heading mark and the page's "  - " bullets (stored as a bullet sign, turned into "- " list
items) were turned into document structure; empty lines and the indentation of the
numbered demands were dropped. Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  cc01  DOCX: an ILGA-Europe news page on the joint statement "Democracy under attack" of
        fourteen European civil society organisations; the site tagline is a plain first
        paragraph, the statement's title a Heading 1, the quoted call and its three numbered
        demands plain paragraphs, then the fourteen signers as Word "List Bullet" paragraphs
        with no cue word before them (the first carries a parenthetical supporter), and a
        closing "Read the joint statement in full here." paragraph.

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
    "cc01_ilga-europe-democracy-under-attack": "JOINT STATEMENT: Democracy under attack",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
