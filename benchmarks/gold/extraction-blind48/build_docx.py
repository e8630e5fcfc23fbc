#!/usr/bin/env python3
"""Build the DOCX document of the forty-eighth blind extraction set (ao series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of a public web page (see ``sources.csv``) as held by the stored web-page corpus;
only the title, the tag box heading and its items were turned into document structure.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1      ``## ...``  Heading 2      ``- ...``  a "List Bullet" paragraph
  anything else: a plain paragraph

Layout:
  ao01  DOCX: the African Declaration on Internet Rights and Freedoms page "Statement on
        internet shutdown in Togo"; the title as Heading 1, one prose paragraph naming the
        signatories inside a sentence ("Signatories to the letter include A, B, ..."), then
        the page's "Associated with principle" tag box as a Heading 2 and five bullets.

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
    "ao01_africaninternetrights-togo-shutdown-letter": (
        "Statement on internet shutdown in Togo"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
