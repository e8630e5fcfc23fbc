#!/usr/bin/env python3
"""Build the DOCX document of the thirty-seventh blind extraction set (ai series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of a public appeal as held by the stored web-page corpus (see ``sources.csv``); only its
paragraph breaks were turned into Word paragraphs, the page title into a Heading 1 and the
site's "Related Articles" line into a Heading 2. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1      ``## ...``  Heading 2      ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ai07  DOCX: the Diritti Globali repost (from il manifesto, 2017) of the appeal "L'appello:
        con le Ong, contro il Codice Minniti"; the title twice (heading and page title), the
        site's "Loading" placeholders, two paragraphs of text, then the undersigned as one
        comma-separated paragraph of 45 names (three with a role in parentheses), the line on
        how to join, the source line and the site's "Related Articles" box.

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
    "ai07_dirittiglobali-appello-ong-codice-minniti": (
        "L'appello: con le Ong, contro il Codice Minniti"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
