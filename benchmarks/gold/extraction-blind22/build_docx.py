#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the twenty-second blind extraction set (zz series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of public statements as held by the
stored web-page corpus (see ``sources.csv``); only paragraph breaks were turned into document
structure. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  zz05  PDF: a news report (Estadao) on the letter of rural movements to the President; four
        paragraphs, no heading; a page break before the last paragraph, which holds the
        signatories as one inline comma list ("Assinaram o documento a A (X), o B, ...") cut
        by the corpus inside its last item ("Associacao Brasileira de Reforma Agra").
        The corpus date marker in front of the stored text is left out.
  zz08  DOCX: a news report (Radio Zapatista) on the "Pronunciamiento por la vida"; four plain
        Word paragraphs, no heading; the speakers of signatory organisations appear in prose
        as "Name (role de Organisation)", the last one after "y".

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
    "zz08_radiozapatista-pronunciamiento-por-la-vida": (
        "Organizaciones de Chiapas publican un Pronunciamiento por la vida"
    ),
}
PDF: dict[str, str] = {
    "zz05_estadao-entidades-carta-dilma": "Entidades entregam a Dilma carta com 10 reivindicacoes",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
