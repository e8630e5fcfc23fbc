#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the fifty-ninth blind extraction set (ay series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of two stored public web pages (see
``sources.csv``), as the stored web-page corpus returned them; nothing was added, only the
line breaks became paragraphs. Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  ay04  DOCX: one Italian paragraph from the MondoAOI news digest (januaforum.it): the
        co-signers of a letter to the Italian foreign minister on Palestine are named inside
        a sentence ("insieme ad AOI, Cini, Link2007, le nostre associazioni ...").
  ay10  PDF: three English paragraphs from the UCL Institute of Health Equity news page on
        the open letter to the UK Prime Minister on the Universal Credit cut, co-ordinated by
        the Joseph Rowntree Foundation and backed by organisations including the Institute.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold-ay/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "ay04_januaforum-mondoaoi-lettera-palestina": (
        "MondoAOI: le notizie del giorno – lettera al Ministro degli Esteri sulla Palestina"
    ),
}
PDF: dict[str, str] = {
    "ay10_ihe-jrf-open-letter-universal-credit": (
        "'£20 cut would repeat past mistakes' universal credit campaigners tell PM"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
