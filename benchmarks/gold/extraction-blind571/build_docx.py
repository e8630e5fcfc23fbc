#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vo blind extraction set (vo07, vo09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vo07  Diário do Pará (Brazil) news of August 2023: the Articulação dos Povos Indígenas do Brasil
        (Apib) demands in a letter that the Canadian miner Belo Sun leave the Volta Grande do
        Xingu; the letter is "assinada também pela Aliança da Volta Grande do Xingu, composta pela"
        ten organisations, one sentence; cut by the corpus at "e Def". The section line "Pará" is
        a Word paragraph, the headline the Word heading 1, the first of the two identical stored
        standfirst lines a Word heading 2 (the second stays a paragraph, as stored), every other
        stored paragraph a Word paragraph.
  vo09  AGTER (agter.asso.fr) print page of "Le Collectif Citoyen en France contre
        l'Accaparement des Terres": its history, its four aims, then "Positionnement du Collectif
        ..." with the one-paragraph list "Signataires : AVSF, aGter, ...", cut by the corpus at
        "Nous, organisations non-gouvernementales : association". The site line and the "URL :"
        line are paragraphs, the collective's name a heading 1, "Positionnement ..." and "Constat"
        headings 2, every other stored paragraph a PDF paragraph (the four no-break spaces of
        French typography before ':' and ';' kept, see sources.csv).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vo07  DOCX: a paragraph "Pará", a heading 1, a heading 2 (standfirst), the same standfirst as a
        paragraph, the lead paragraph (Apib's letter), the paragraph naming the Aliança and its
        ten members, three more paragraphs (a quote of Maurício Terena, cut at the end).
  vo09  PDF: two site paragraphs, a heading 1, three paragraphs, four numbered paragraphs, two
        paragraphs, a heading 2, the "Signataires :" paragraph (17 comma-separated names), a
        heading 2 "Constat", one cut paragraph.

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
    "vo07_diariodopara-apib-alianca-volta-grande-retirada-belo-sun": (
        "Ind\u00edgenas exigem retirada de Belo Sun do Xingu"
    ),
}
PDF: dict[str, str] = {
    "vo09_agter-collectif-contre-accaparement-des-terres-signataires": (
        "Le Collectif Citoyen en France contre l\u2019Accaparement des Terres"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
