#!/usr/bin/env python3
"""Build the DOCX document of the dj blind extraction set (dj04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph (the page's own list items start with an en dash, which
gold_docs does not read as a bullet marker, so they stay plain paragraphs too). Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in dj04):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  dj04  DOCX: the page of the German campaign site oepnvbrauchtzukunft.de (September 2020)
        on the joint position paper "Verkehrswende erfordert entschiedene Investitionen fuer
        den Umweltverbund": a photo caption naming four speakers with their organisations in
        parentheses, the drafting organisations named inside one sentence, then an
        "Initiator*innen" list and an "Unterzeichner*innen" list, one organisation a
        paragraph, each after an en dash; the last item is cut by the stored window.

    /work/venv/bin/python build_docx.py
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
    "dj04_oepnvbrauchtzukunft-breites-buendnis-verkehrswende": (
        "Breites Bündnis: Verkehrswende erfordert entschiedene Investitionen für den Umweltverbund"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
