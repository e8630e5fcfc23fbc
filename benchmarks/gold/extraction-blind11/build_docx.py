#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the eleventh blind extraction set from their text.

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
  b03  PDF: five short paragraphs, the bold line "Der Brief wurde von folgenden gezeichnet:"
       and 36 bullet lines with a page break after the 20th.
  b04  DOCX: a Heading 1 slogan, three paragraphs, the footnote paragraph "[1] ..." holding
       the inline comma-separated list of 51 organisations, and the two blog footer lines.

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
    "b04_apagada-canvi-climatic-2007": "Apagada contra el canvi climàtic (15 de novembre de 2007)",
}
PDF: dict[str, str] = {
    "b03_bi-ffh-brief-gegen-fracking": "Brief gegen Fracking",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
