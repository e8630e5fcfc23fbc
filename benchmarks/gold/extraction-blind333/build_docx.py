#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lx blind extraction set (lx01, lx02) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

- lx01: the paginavermelha.org page with the communiqué of February 2007 of the Plataforma
  Artigo 65 and other organisations on immigrants' right to housing ("AS RENDAS SOBEM! OS
  ESPECULADORES ENGORDAM!"). The site's own lead line stays a paragraph, the two slogans of
  the title became a Word heading 1 and heading 2, every other stored line a Word paragraph;
  the signers stay inline, as stored, in the one paragraph after the dateline.
- lx02: the Avante! news item "CPPC apoia Estado palestiniano" (the CPPC's appeal of 19 July
  for the recognition of the State of Palestine): the headline became the PDF heading, the
  two stored paragraphs two PDF paragraphs, the first subscribers kept inline in the second.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  lx01  DOCX: a lead paragraph, a heading 1, a heading 2, ten statement paragraphs
        (slogans included), the dateline "Fevereiro 2007", and one paragraph holding
        "Plataforma Artigo 65 - Comissões de Moradores dos Bairros das A, B, ..., APEDC, ..."
        (no cue before it).
  lx02  PDF: a bold heading and two paragraphs, the second naming the first subscribers
        in one sentence ("tem entre os seus primeiros subscritores a A, B, ... e J.").

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "lx01_paginavermelha-as-rendas-sobem-plataforma-artigo-65": (
        "As rendas sobem! Os especuladores engordam!"
    ),
}
PDF: dict[str, str] = {
    "lx02_avante-cppc-apoia-estado-palestiniano-primeiros-subscritores": (
        "CPPC apoia Estado palestiniano"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
