#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sixth blind extraction set from their text.

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
  s09  DOCX: two paragraphs, the cue sentence as a plain paragraph and 42 Word
       "List Bullet" paragraphs (German associations' appeal).
  s10  DOCX: plain paragraphs only; the signatories are two long INLINE
       comma-separated paragraphs ("Name (Organisation), ..." then "et Name (métier), ...").
  s11  PDF: a byline and one long paragraph with an inline list of promoters.
  s12  PDF: the appeal on page 1, a page break, then the inline
       "Premiers signataires : ..." paragraph on page 2.

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
    "s09_verbaende-appell-klimaziele-de": "Verbände-Appell Klimaziele",
    "s10_audit-citoyen-dette-premiers-signataires-fr": "Pour un audit citoyen de la dette publique",
}
PDF: dict[str, str] = {
    "s11_mobilitazione-montecitorio-naufragio-it": "Mobilitazione a Montecitorio",
    "s12_npa66-manifestation-contre-le-racisme-fr": "Manifestation contre le racisme",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
