#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the nineteenth blind extraction set (a-series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set``. The texts are the real texts of two public pages (see
``sources.csv``); only page markup was turned into document structure. Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  a03  DOCX: five plain paragraphs of an Indonesian news page (page 2 of the article); the
       coalition's member list is the last paragraph, one comma-separated run after
       "beranggotakan:", ending in a comma (the stored page stops there).
  a06  PDF: a Catalan news item; title as a bold heading, "Entre els signants:", then two
       bold sub-headings ("Associacions de veins i veines", "Col.lectius i entitats"), each
       followed by one comma-separated paragraph; a page break separates the two sections,
       so the signatory list runs across two pages.

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
    "a03_beritamoneter-koalisi-kawal-pemilu": "Suara PSI Direkayasa, Ini 3 Ambisi Jokowi di Pemilu 2024 (2)",
}
PDF: dict[str, str] = {
    "a06_llibertat-manifest-terrasses-barcelona": "Entitats veïnals impulsen un manifest la regulació de les terrasses a Barcelona",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
