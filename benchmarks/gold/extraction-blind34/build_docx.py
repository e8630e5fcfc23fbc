#!/usr/bin/env python3
"""Build the DOCX document of the thirty-fourth blind extraction set (zt series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of a public statement as held by the stored web-page corpus (see ``sources.csv``); only the two
sub-headings of the signatory list were turned into Word headings. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1        ``## ...``  Heading 2
  ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  zt03  DOCX: Tunisie Numerique (2022) item on the associations and political figures asking
        for the release of the former bar president Abderrazek Kilani; three prose paragraphs,
        the cue "La liste des signataires :", then two sub-headings (Heading 2), the first
        followed by fourteen organisations, the second by fourteen "Name, role" lines, one
        paragraph each, then the site's closing YouTube call.

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
    "zt03_tunisienumerique-liberation-kilani-signataires": (
        "Liberation immediate de Abderrazek Kilani: la liste des signataires"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
