#!/usr/bin/env python3
"""Build the DOCX document of the thirty-eighth blind extraction set (aj series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of a public open letter (see ``sources.csv``): the Markdown page and the two data
files of one public GitHub repository, rendered as the site shows them; only paragraph
breaks, headings and the signatory cards were turned into document structure. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1      ``## ...``  Heading 2
  lines with a TAB: rows of a Word table (the first such line of a block is the header row)
  anything else: a plain paragraph

Layout:
  aj01  DOCX: the FOSSi Foundation open letter "Importance of Open-Source EDA Tools for
        Academia" (8 March 2024): the letter as paragraphs (the two numbered lists written
        as "1. ", "2. ", "3. " paragraphs), then "Initial Signatories" as a three-column Word
        table (Name | Affiliation | Role, five rows) and "Signatories" with its call to
        co-sign and a two-column Word table (Name | Affiliation, 106 rows). The site shows
        each signatory as a card (bold name, affiliation, italic role); the header rows are
        added by this text.

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
    "aj01_fossi-open-letter-open-source-eda-europe": (
        "Importance of Open-Source EDA Tools for Academia: open letter"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
