#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the forty-ninth blind extraction set (zm series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of two stored public web pages (see
``sources.csv``); only paragraph breaks and, in zm05, two heading marks were turned into
document structure. Nothing here decides who signed: the labels in ``labels/`` were written
by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  zm02  DOCX: an Italian peace-network news page (retidipace.it) with two numbered items:
        an appeal whose five promoting associations are named in the item's opening line
        ("L'appello di A, B, C, D, E ..."), two contact persons for adhesions with e-mail
        addresses, a link; then a petition launched by two organisations named as the
        subject of a sentence ("A e B hanno lanciato una raccolta firme ..."), two links.
  zm05  PDF: the stored window of an Oxfam Aotearoa blog post saying that Oxfam signed an
        open letter to the New Zealand Prime Minister, followed by the start of the letter
        (the signature list is outside the stored window); the post title is rendered as a
        bold title and the letter's title as a bold line.

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
    "zm02_retidipace-appelli-tpnw-referendum": (
        "Reti di pace: appello sul Trattato di proibizione delle armi nucleari e petizione sui referendum"
    ),
}
PDF: dict[str, str] = {
    "zm05_oxfam-nz-open-letter-end-oil-exploration": (
        "Oxfam signs open letter to PM: end oil exploration"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
