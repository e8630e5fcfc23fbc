#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the twenty-fifth blind extraction set (ac-series) from their texts.

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
  ac02  PDF: the stored text of a Turkish blog post reproducing the invitation of the
        Turkish civil society union Turk-Bir to a press conference; the letter title as a
        bold line, plain paragraphs, the sender "Turkiye Sivil Toplum Birligi/Turk-Bir",
        the line "Tertip Komitesi" and one long comma-separated paragraph of eleven
        organisations that wraps over several PDF lines; a page break before the second
        (cover) letter, which is kept up to its last complete sentence.
  ac05  DOCX: the stored text of a Swedish ornithological society's news item on a letter
        of four nature organisations; the page title as Heading 1, then Normal paragraphs,
        four of them "Name, role Organisation" signature lines.

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
    "ac05_birdlife-brev-artskyddsforordningen-fyra-organisationer": "BirdLife Sverige: Brev till miljo- och naringsdepartementet om artskyddsforordningen",
}
PDF: dict[str, str] = {
    "ac02_turkbir-basin-toplantisina-davet-tertip-komitesi": "Turk-Bir: Basin toplantisina davet (Turk Milletine Cagrimizdir)",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
