#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the oy blind extraction set (oy01, oy07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each its first ~2,000-byte window), with blank lines dropped and
trailing spaces removed:

- oy01: keithfordnc.org, "A letter from 14 Labor leaders" (February 2017), fourteen US union
  presidents asking DNC members to elect Keith Ellison as DNC chair; the stored window ends
  inside the fourth signer's title ("Randi Weingarten, Pre").
- oy07: greenleftblog.blogspot.com (29 May 2015), labour-movement activists' statement in
  solidarity with the Network Rail workers' dispute and the RMT's industrial action; the
  stored window ends inside the tenth signer's name ("Rida Vaq").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  oy01  DOCX: the page title a Word heading 1, the salutation and five letter paragraphs,
        "In solidarity," and then one plain Word paragraph per signer
        ("Name, Title, Union (ACRONYM)"), no list style, no table.
  oy07  PDF: the date line, the statement title as a bold heading, five paragraphs, the cue
        "Initial signatories (all in a personal capacity, ...):", then one line per signer
        with a page break after the fifth signer (the list runs over two pages).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "oy01_keithford-14-labor-leaders-letter-ellison-dnc": "A letter from 14 Labor leaders",
}
PDF: dict[str, str] = {
    "oy07_greenleft-network-rail-strike-solidarity-statement": (
        "We support and pledge to build solidarity with the Network Rail workers’ national dispute"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
