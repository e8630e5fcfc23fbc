#!/usr/bin/env python3
"""Build the DOCX document of the dv blind extraction set (dv07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text: the
stored page itself opens with "- " (the lead of the news item was a bullet on the page), so the
first line becomes a "List Bullet" paragraph and every other line a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; only the bullet marker occurs in dv07, on its first line):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  dv07  DOCX: an LJA.mx (Aguascalientes, Mexico) news item of October 2024 on the letter of
        1,521 civil-society organisations to President Claudia Sheinbaum proposing an open
        dialogue; the letter is quoted at length but not one signing organisation is named
        (a document with no signatory: the addressee, "las OSC" and the State are the traps).

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
    "dv07_lja-mil-521-osc-carta-sheinbaum": (
        "Más de mil 500 organizaciones civiles piden diálogo abierto a Claudia Sheinbaum"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
