#!/usr/bin/env python3
"""Build the DOCX document of the dl blind extraction set (dl06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in dl06):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  dl06  DOCX: a finanzen.net item (14 December 2013, an ots press release from Berlin and
        Duesseldorf) on the open letter of five environmental groups and the campaign network
        Campact to the members of Buendnis 90/Die Gruenen about the coal plant Datteln IV; the
        six signers are named twice inside sentences, once in the headline with a slash
        ("Brief von Greenpeace, BUND, Deutsche Umwelthilfe, Naturfreunden, urgewald und
        Campact") and once in the body with articles and inflected forms ("von Greenpeace, dem
        Bund fuer Umwelt und Naturschutz Deutschland (BUND), der Deutschen Umwelthilfe, den
        Naturfreunden Deutschland, urgewald und Campact unterzeichnet").

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
    "dl06_finanzen-umweltverbaende-brief-gruene-datteln": (
        "Umweltschuetzer werfen Gruenen Kniefall vor Kohlelobby vor"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
