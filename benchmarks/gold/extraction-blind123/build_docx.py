#!/usr/bin/env python3
"""Build the DOCX document of the dk blind extraction set (dk02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in dk02: its first line is a
lone "#" with no space after it, so it stays a plain paragraph "#"):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  dk02  DOCX: an open letter of the medical bodies of Santa Catarina (Brazil, October 2011)
        for the national day of mobilisation in defence of the SUS, as published by the
        SIMESC site; the letter ends with "Florianopolis, outubro de 2011." and a signature
        block of five bodies, one a Word paragraph: the umbrella council written
        "ACRONYM - Name" (a dash between them) and four bodies each followed on the same
        paragraph by " - phone - e-mail". The last paragraph is a lone bullet character
        left by the page.

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
    "dk02_simesc-carta-aberta-defesa-do-sus-entidades-medicas": (
        "Carta aberta: 25 de outubro, dia nacional de mobilização em Defesa do SUS"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
