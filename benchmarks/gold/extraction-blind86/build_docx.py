#!/usr/bin/env python3
"""Build the DOCX document of the eighty-sixth blind extraction set (bz series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real
text of one stored public web page (see ``sources.csv``); only paragraph breaks and two
heading marks (the article title as Heading 1, the paywall block's "ABBONAMENTI" as
Heading 2) were turned into document structure. Nothing here decides who signed: the labels
in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  bz05  DOCX: an il manifesto news item (12 October 2019) on a sit-in in Rome against the
        Turkish attack on Rojava (North-East Syria); the two organising groups are named
        inside one sentence ("organizzato da Uiki e Rete Kurdistan Italia"); the page's
        section label, a repeated title, a subtitle, a date line and the paywall block
        ("ABBONAMENTI", "Accedi") are kept as plain paragraphs around it.

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
    "bz05_ilmanifesto-presidio-rojava-roma": (
        "Donne, attivisti e Fridays for future: solidariet\u00e0 a Rojava"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
