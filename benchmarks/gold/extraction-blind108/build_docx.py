#!/usr/bin/env python3
"""Build the DOCX documents of the cv blind extraction set (cv02, cv08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

Each text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the texts, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in cv02 or cv08):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  cv02  DOCX: a Homo Digitalis (Greece) category page in English: the post on the open letter
        of the Center for Democracy and Technology on the Digital Services Act (June 2020),
        co-signed by Homo Digitalis "along with other known civil society organisations, such
        as: A, B, ..., and K." (ten names inline after a colon), followed by an unrelated post
        that names Homo Digitalis members (persons, not signers). The text stops mid-word.
  cv08  DOCX: an ACV (Belgian Christian trade union) page in Dutch: the Flemish-Brabant
        branches of ACV, ABVV and ACLVB demand that the employers stop tying the "welfare
        envelope" to wage talks (September 2020); the three unions are named inside sentences,
        first as a distributive phrase ("de Vlaams-Brabantse afdelingen van ACV, ABVV en
        ACLVB") and then with articles ("het ACV, het ABVV en de ACLVB"); the demands are
        written with a literal bullet character, so they stay plain Word paragraphs.

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
    "cv02_homodigitalis-cdt-open-letter-dsa-council": (
        "Open letter to the Transport, Telecommunications and Energy Council on DSA"
    ),
    "cv08_hetacv-vlaams-brabant-vakbonden-welvaartsenveloppe": (
        "De strijd tegen armoede is een absolute prioriteit"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
