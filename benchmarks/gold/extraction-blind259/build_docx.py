#!/usr/bin/env python3
"""Build the DOCX document of the iq blind extraction set (iq01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news article of the Austrian site neuezeit.at on the open
letter of 125 public figures to the heads of the Austrian state about the people of the
burnt-down Moria camp (September 2020), as held by the stored web-page corpus
(``https://neuezeit.at/offener-brief-an-staatsspitze/``, see ``sources.csv``; the stored
copy is kept in ``raw/``). Its first line, the byline residue "in ,", and its last, the
fragment "Wi" where the stored window cuts the letter, were left out; every other line is
kept as written, empty lines dropped. The article's title became the Word heading 1 and
"Der offene Brief im Wortlaut" a Word heading 2. Nothing here decides who signed: the labels
in ``labels/`` were written by reading.

Layout:
  iq01  DOCX: a heading, three article paragraphs (the second names five of the letter's
        initiators inline in one sentence, persons with offices and party labels), a
        heading 2, then the letter's motto, its attribution and the four salutation lines
        as separate paragraphs; the stored window stops before the letter's body and its
        list of 125 signers.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "iq01_neuezeit-offener-brief-moria-125-persoenlichkeiten": (
        "Offener Brief an Staatsspitze: 125 Persönlichkeiten bieten Hilfe für Menschen aus Moria an"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
