#!/usr/bin/env python3
"""Build the DOCX document of the go blind extraction set (go04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a joint op-ed of the Nordic social and health ministers
(Altinget, 17 April 2024) as mirrored in Markdown from regeringen.se by Civic Tech Sweden
in the repository ``github:civictechsweden/g0vse`` (see ``sources.csv``). The Markdown
title became the Word heading 1 and its "## " sub-headings Word headings 2; each
paragraph stays a paragraph (the one soft line break inside a paragraph rendered as a
space, as a browser renders it). The seven closing signature blocks under "Samtliga
skribenter" (two lines each in the source: the name, then the office) became the rows of a
two-column Word table, name | office, written as in the source (the first name keeps its
trailing comma; python-docx sets the first row in bold). Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  go04  DOCX: a heading 1, a by-line paragraph naming the first author, paragraphs under
        two headings 2, a heading 2 "Samtliga skribenter" and a 7-row Word table
        "Name | <Country genitive> <office>" (one former office, Faroese and Åland
        ministers).

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
    "go04_g0vse-nordiska-ministrar-sociala-medier": (
        "Nordiska ministrar: Sociala medier-jättarna måste ta sitt ansvar"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
