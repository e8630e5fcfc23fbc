#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the twentieth blind extraction set (d-series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of public statements as held by the
stored web-page corpus (see ``sources.csv``); only page markup was turned into document
structure. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  d02  PDF: a letter to the editor (title, two paragraphs), then nine signature lines of the
       form "Title Name, University" (one a paragraph), with a page break inside the list
       (after the fourth line). The stored copy ends inside a tenth line
       ("Professor Mustafa Ozbilgin, U"); that incomplete line is left out.
  d03  DOCX: a joint declaration of French left parties; the signatories are one plain
       comma-separated paragraph, followed by the place and date line. No heading.
  d04  DOCX: a Heading 1 title, a caption, a source line, the declaration paragraph naming
       its conveners and endorsers in prose, the addressees paragraph, and two List Bullet
       demands (the page's "* " markers dropped).

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 2, 12, 0, 0)

DOCX: dict[str, str] = {
    "d03_yvontregoat-franchises-medicales-gauche": "Déclaration commune, Paris, le 18 septembre 2007",
    "d04_tadamon-palestinian-unions-boycott-call": (
        "Palestinian labour federations and trade unions call for Boycott"
    ),
}
PDF: dict[str, str] = {
    "d02_guardian-we-will-fight-with-students": "We will fight with students over fees",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
