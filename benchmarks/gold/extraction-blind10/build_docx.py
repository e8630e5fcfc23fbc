#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tenth blind extraction set (extraction-blind10) from their text.

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
  h06  PDF: the ver.di page text (German): a bold title, five "• Name, role" bullets,
       a bold line (image alt text + heading), then one "Name, role, organisation"
       paragraph per supporter with a page break after "Alfred Eibl, Attac".
  h07  DOCX: the Turkish joint statement on the detention of Ekrem İmamoğlu: Heading 1,
       Heading 2, three paragraphs, then five Heading 2 category headings, each followed
       by "List Bullet" paragraphs (including the "Ve daha birçok ..." items).

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
    "h07_ortak-imamoglu-aciklamasi-imzacilar": "Ortak 'İmamoğlu' açıklaması",
}
PDF: dict[str, str] = {
    "h06_verdi-aufruf-gerechte-gesellschaft-unterstuetzer": "Deine Stimme zählt: Aufruf unterzeichnen",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
