#!/usr/bin/env python3
"""Build the DOCX document of the ct blind extraction set (ct01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph (the page's own bullet character and its leading spaces
stay inside the paragraph text). Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Text convention (as in gold_docs; none of the markers occurs in ct01):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ct01  DOCX: an RSA blog post (September 2019) on the open letter of the RSA Food, Farming
        and Countryside Commission to the Secretaries of State on trade deals; "The 100 plus
        signatories include:" is followed by five paragraphs, each opening with the bullet
        character, that name signers inside sentences as persons with their roles and
        organisations ("chief executive of Waitrose, Rob Collins"; "Beccy Speight, CEO of
        RSPB"), separated by semicolons; the last paragraph is cut by the stored window.

    /work/venv/bin/python build_docx.py
    (before the set is moved into benchmarks/gold/:
     PYTHONPATH=/work/main/benchmarks/gold /work/venv/bin/python build_docx.py)
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
    "ct01_thersa-open-letter-secretaries-of-state-trade": (
        "An open letter to Secretaries of State"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
