#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xo blind extraction set (xo03, xo09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xo03  National Christian Council of Sri Lanka (nccsl.org) statement of 20 July 2022 by the
        Heads of Churches of the NCCSL on the election of Ranil Wickremasinghe as President
        (constitutional amendment, all-party government, general election), ending with the
        list "Constituent Churches:" of the heads of the member churches, "Name, Office,
        Church", cut by the corpus inside the ninth name ("Rev. Chrisso Handy,
        Superintendent/Chair"). Every stored paragraph a PDF paragraph (the three bullet
        items kept as stored, with their leading spaces and "•"); "Constituent Churches:" a
        heading 2; empty lines dropped.
  xo09  Comissão Pastoral da Terra (cptnacional.org.br) news of July 2019: the Pastorais do
        Campo (CPT, CIMI, SPM, Cáritas, CPP and PJR) sign the public note of the CIMI on the
        attack on the Wajãpi people in Amapá and the killing of their chief Emyra Wajãpi,
        with the note's text and its six signatures, one a line, "Name - ACRONYM"; the
        site's cookie banner that the corpus stored after the note is kept (cut at
        "Google An"). The site's heading "COMISSÃO PASTORAL DA TERRA" became the Word
        heading 1, each stored paragraph a Word paragraph; empty and space-only lines
        dropped.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xo03  PDF: two lead paragraphs, three "  • " bullet paragraphs, a closing paragraph, a
        heading 2 "Constituent Churches:", nine one-line paragraphs, one a signer (the last
        cut).
  xo09  DOCX: a heading 1, a lead paragraph (the inline acronym list), a photo credit, five
        paragraphs of the note, six one-line signature paragraphs, a date line and ten short
        cookie-banner paragraphs.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "xo09_cptnacional-pastorais-do-campo-nota-publica-wajapi": (
        "Nota das Pastorais do Campo sobre o assassinato de liderança na Terra Indígena Wajãpi (AP)"
    ),
}
PDF: dict[str, str] = {
    "xo03_nccsl-heads-of-churches-statement-new-president-july-2022": (
        "Statement by the National Christian Council of Sri Lanka (NCCSL) issued on 20 July 2022"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
