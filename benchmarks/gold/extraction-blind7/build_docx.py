#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the seventh blind extraction set from their text.

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
  k03  PDF: one paragraph, the bold line "Organisations signataires" and 36 bullet lines
       with a page break after the 20th.
  k06  DOCX: the Spanish letter to Mark Zuckerberg (seven paragraphs) followed by a
       three-column Word table "Organización | País | Acciones" (27 rows).

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
    "k06_savewhatsapp-carta-zuckerberg": "Carta a Mark Zuckerberg (#SaveWhatsApp)",
}
PDF: dict[str, str] = {
    "k03_amendement-museler-societe-civile": "Organisations signataires",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
