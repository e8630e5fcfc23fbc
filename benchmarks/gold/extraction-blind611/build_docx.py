#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xc blind extraction set (xc04, xc08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xc04  Syndicat de la magistrature (France) archive page, copied in a Paris 3 student project,
        of the joint call of five French magistrates' unions (USM, SM, SJA, USMA, SJF) to "faire
        barrage" to Jean-Marie Le Pen: the site's header lines, the title, the call (its
        signers named once inline and once as five lines each opened by "( "), the site's
        footer. The whole stored page (1,522 characters). Its blank lines dropped, every other
        stored line kept as stored (leading and trailing spaces included), the title a heading 1.
  xc08  ANAMATRA (Brazil) news page of 19 April 2020 with the "Nota pública" of FRENTAS, the
        front of judges' and prosecutors' associations, in defence of democracy, signed by the
        presidents of eight associations, each "Name" on one line and "Presidente da Associação
        ... (ACRONYM)" on the next; cut by the corpus inside the eighth association's name
        ("Vice-presidente da Associação dos Magis"). The first stored line became the Word
        heading 1, "NOTA PÚBLICA" a Word heading 2, every other stored line a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xc04  PDF: three header paragraphs ("Syndicat de la Magistrature (retour accueil)", "Textes
        syndicaux", "Communiqués (archives)"), a heading 1 (the call's title), "Imprimer", four
        "Soucieux de ... / Considérant ..." paragraphs, the sentence naming the five unions, five
        paragraphs "( Name (ACRONYM)," and four footer paragraphs ("Chercher Plan", address,
        telephone, web credit).
  xc08  DOCX: a heading 1, a heading 2 "NOTA PÚBLICA", four paragraphs of the note, the place
        and date, then the signatures as 17 one-line paragraphs (name, office line; the first
        signer has a third line "Coordenador da FRENTAS"; the last office line is cut).

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
    "xc08_anamatra-frentas-nota-publica-defesa-democracia": (
        "Frentas congrega 40 mil membros do Poder Judici\u00e1rio e Minist\u00e9rio P\u00fablico"
    ),
}
PDF: dict[str, str] = {
    "xc04_sm-appel-commun-magistrats-faire-barrage-le-pen": (
        "APPEL COMMUN DES MAGISTRATS A FAIRE BARRAGE A M. LE PEN"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
