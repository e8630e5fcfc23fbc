#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tj blind extraction set (tj05, tj06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), both in Galician, as
held by the stored web-page corpus:

  tj05  ADEGA (Asociación para a Defensa Ecolóxica de Galiza) news-list page "Inicio / Novas /
        Delegacións /" (adega.gal, page 50 of the news of the local branches): the teasers of
        six news items, three of them joint actions (ADEGA, FEG, Ríos con Vida-AEMS and Verdegaia
        on the Eume river; ADEGA and Mariñapatrimonio on the Arealonga beach works; ADEGA and 45
        unnamed groups presenting the "Cousa de Raíces" campaign), then ADEGA's footer (name,
        address, phone, e-mail). The whole stored page (1,581 characters), nothing cut.
  tj06  Campo Galego news of 17 August 2025: the platform "Por un monte galego con futuro" calls
        demonstrations for 21 August against the Xunta's forest policy; the text then lists the
        platform's member groups in one paragraph ("Colectivos que a integran: A, B, ..."), cut by
        the corpus inside the 27th name ("Asociación Naturalista Hisp"). The corpus's leading
        " date 2025-08-17 " marker is left out (metadata of the corpus, not page text).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout (no line of either text was changed; every stored line is one paragraph, the builder
drops empty lines; neither page has a heading in its stored text, so none was added):
  tj05  PDF: the breadcrumb line as a paragraph, the six news teasers as six paragraphs, the three
        footer lines as three paragraphs.
  tj06  DOCX: two paragraphs of news, the sentence "A Plataforma ... está integrada polas
        seguintes entidades:" as a paragraph, the member list as one long paragraph (cut).
  The core-property titles are descriptive labels written for this set (the pages' own
  headlines are not in the stored texts).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 10, 12, 0, 0)

DOCX: dict[str, str] = {
    "tj06_campogalego-plataforma-monte-galego-con-futuro-concentracions": (
        "Por un monte galego con futuro: concentracións do 21 de agosto"
    ),
}
PDF: dict[str, str] = {
    "tj05_adega-novas-feg-verdegaia-marinapatrimonio-eume-arealonga": (
        "ADEGA: Novas / Delegacións"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
