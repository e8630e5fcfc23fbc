#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the third blind extraction set from their text.

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
  p12  the "Parad de pararme" manifesto (Heading 1/2, paragraphs, Word "List Bullet"
       paragraphs), the heading "Participan" with 20 "List Bullet" paragraphs and the heading
       "Un proyecto con el apoyo de" with one more bullet (the funder).
  p13  a blog post (Heading 1/2, paragraphs) whose support list is typed as plain paragraphs
       that begin with "· " (no Word list style), several organisations per line.
  p14  PDF: a news text (two paragraphs, a page break between them) whose second paragraph
       names the organisations that joined the appeal inline, in running prose.

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
    "p12_pareudepararme-manifiesto-participan": "Manifiesto - Parad de pararme",
    "p13_ccoo-adhesiones-huelga-29s": "A menos de 48 h. de la Huelga",
}
PDF: dict[str, str] = {
    "p14_asturias-manifiesto-unidad-solidaridad": "Asturias suma amplios apoyos al manifiesto Unidad y Solidaridad",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
