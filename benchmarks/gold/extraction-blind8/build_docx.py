#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the blind extraction set n (extraction-blind8) from their text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans from
/usr/share/fonts/truetype/dejavu). The texts are the real texts of public statements
(see ``sources.csv``); only page markup was turned into document structure.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a "• " line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  n01  DOCX: three plain paragraphs, the cue "Der Aufruf wird von den folgenden Stiftungen
       unterstützt:", 26 Word "List Bullet" paragraphs and two closing paragraphs.
  n04  PDF: three paragraphs, the cue "Parmi les signataires du texte," and 24 "• " lines
       (three of them are in-list group headings, as on the page).

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
    "n01_veolia-stiftungen-aufruf-kurs-halten": "Veolia Stiftung unterstützt Aufruf Kurs halten",
}
PDF: dict[str, str] = {
    "n04_usrcgt94-appel-201-personnalites-loi-immigration": "201 personnalités appellent à marcher contre la loi immigration",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
