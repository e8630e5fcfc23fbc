#!/usr/bin/env python3
"""Build the DOCX document of the ninety-third blind extraction set (cg series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of one stored public web page (see ``sources.csv``); only paragraph breaks and one
heading mark were turned into document structure. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  cg07  DOCX: the stored window of a Mozilla blog post (blog.mozilla.org, November 2011) on
        the joint letter of Internet companies against SOPA and PROTECT IP; the co-signers
        appear only inside one sentence of the body ("a joint letter together with AOL,
        eBay, Facebook, ... and Zynga"), the letter itself follows with its addressees and
        "The undersigned Internet and technology companies" and is cut mid-sentence; the
        post title is a Heading 1, every other line a plain paragraph.

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
    "cg07_mozilla-sopa-joint-letter-companies": (
        "Mozilla Fights for the Internet's Future"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
