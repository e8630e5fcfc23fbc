#!/usr/bin/env python3
"""Build the PDF documents of the rw blind extraction set (rw02, rw04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2, DejaVu Sans) through the shared builder ``gold_docs.py`` (fixed creation date: two
builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus: each stored line became one PDF paragraph; the only changes are the
builder's markers (``# `` before the headline, ``- `` for the bullet items of rw02, which the
page writes with "•"), the blank lines between paragraphs left out and, in rw02, the corpus's
" date 2025-05" metadata prefix left out. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  rw02  PDF: the category tag "29-M", the headline as a heading, five paragraphs, the cue
        paragraph "Els sindicats que donen suport a la vaga i han signat el manifest són:",
        then six bullets "ACRONYM (Expansion) - Scope/Region", the sixth cut by the corpus
        window inside "CUT (Colectiv".
  rw04  PDF: the headline as a heading, two Spanish paragraphs (the unions named inline in
        the first), a Basque cue paragraph ("... Langileen batzordeek ... atxikimendua
        adieraztea erabaki dute:"), then 58 one-line paragraphs in capitals, one company or
        town council a line (the workers' committees that adhered), then the page's two
        "Artículo anterior/siguiente" links.

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

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "rw02_llibertat-sindicats-suport-vaga-general-pais-valencia": (
        "Suport del moviment sindical de classe a la Vaga General al País Valencià"
    ),
    "rw04_amorebieta-sindicatos-comites-apoyan-consulta-gure-esku-dago": (
        "Los sindicatos apoyan la consulta del 7 de mayo"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
