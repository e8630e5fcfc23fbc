#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the pm blind extraction set (pm05, pm06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

- pm05: labsociale.it, the solidarity statement of the Comitato No Tav \u2013 Terzo Valico of
  Arquata Scrivia with the activists of the Tortona committee after acts of intimidation
  (Terzo Valico high-speed line, Piedmont); each stored paragraph became a PDF paragraph,
  the signature at the foot a last one-line paragraph.
- pm06: tuttoggi.info, the open letter of the Comitato Rifiuti Zero and Cittadinanzattiva of
  Spoleto to the mayor against a new landfill at Sant'Orsola; each stored paragraph became a
  Word paragraph, the joint signature at the foot a last one-line paragraph.

No heading was added (the stored texts have none); the documents' title property is a neutral
description that names no signer. Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Layout:
  pm05  PDF: four paragraphs, then the signature line "Comitato No Tav \u2013 Terzo Valico
        Arquata Scrivia".
  pm06  DOCX: three paragraphs, then the signature line "Comitato Rifiuti Zero e
        Cittadinanzattiva Spoleto" (two organisations in one line).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "pm06_tuttoggi-spoleto-rifiuti-zero-cittadinanzattiva-sindaco": (
        "Caro Sindaco, la strada da perseguire sui rifiuti è un’altra"
    ),
}
PDF: dict[str, str] = {
    "pm05_labsociale-solidarieta-notav-terzo-valico-tortona": (
        "Solidarietà agli attivisti di Tortona"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
