#!/usr/bin/env python3
"""Build the DOCX document of the fifty-first blind extraction set (aq series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of a stored public web page (see ``sources.csv``); only its pipe-delimited table rows were
turned into tab-separated cells, i.e. a Word table, and the page's blank line dropped. Nothing
here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  aq03  DOCX: the stored window of an iltorinese.it category page carrying the appeal
        "La Città ideale" (Turin) and its table of signers: one intro paragraph, then a
        three-column Word table (surname | first name | role and organisation, or profession)
        under the header row "I FIRMATARI"; persons who sign for an organisation and persons
        who sign in their own name are mixed; the stored window ends inside the 30th row,
        which is kept as a last plain paragraph ("GER").

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold-aq/gold_docs.py, copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "aq03_iltorinese-citta-ideale-firmatari": (
        "La Città ideale: i firmatari (Il Torinese)"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
