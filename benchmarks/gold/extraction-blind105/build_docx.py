#!/usr/bin/env python3
"""Build the DOCX document of the cs blind extraction set (cs08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in cs08):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  cs08  DOCX: a press note of a district branch of the Paritaetischer Wohlfahrtsverband
        Niedersachsen (June 2018) on the "Berliner Erklaerung zum Fluechtlingsschutz": the
        signers are described as "17 Organisationen" and four of them are named inside one
        sentence ("darunter mit AWO - Arbeiterwohlfahrt Bundesverband, Deutscher
        Caritasverband, Diakonie Deutschland und Der Paritaetische Gesamtverband vier
        Spitzenverbaende ..."), followed by quotes of the regional chair, whose association
        supports the declaration without being named as a signer.

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
    "cs08_paritaetischer-berliner-erklaerung-fluechtlingsschutz": (
        "Paritätischer unterstützt \"Berliner Erklärung zum Flüchtlingsschutz\""
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
