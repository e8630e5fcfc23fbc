#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the thirtieth blind extraction set (zv series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of two public web pages as held by the
stored web-page corpus (see ``sources.csv``); only their line breaks were turned into
paragraphs. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  zv03  PDF: a letter to the editor (UN tax treaty, faith-based and humanitarian leaders) as
        reprinted by topnews.media; three prose paragraphs, then nine signatures, each a
        name paragraph followed by a "Role, Organisation" paragraph (one without a role),
        names with clerical titles ("Rev Dr", "Very Rev Dr").
  zv06  DOCX: a Welthungerhilfe press text on cuts to German development aid; two Word
        paragraphs, the second naming the thirty organisations of a joint appeal in one
        run-on sentence ("Zu den Organisationen gehoeren A, B, ... und Z.").

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 2, 12, 0, 0)

DOCX: dict[str, str] = {
    "zv06_welthungerhilfe-appell-kuerzungen-ez": (
        "Gemeinsamer Appell gegen Kuerzungen in der Entwicklungszusammenarbeit"
    ),
}
PDF: dict[str, str] = {
    "zv03_topnews-faith-leaders-un-tax-treaty-letter": (
        "Let the UN set the rules for tackling cross-border tax abuse"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
