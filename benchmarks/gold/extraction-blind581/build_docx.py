#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vy blind extraction set (vy04, vy06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vy04  Actes Sud (actes-sud.fr) copy of the Le Monde tribune of 2020 in which a collective of
        more than 250 publishers, writers and booksellers asks President Macron to let all
        bookshops open during the second lockdown, cut by the corpus inside the letter at
        'ces librairies jouen'. The page's second stored line (the tribune's title in guillemets)
        became a heading 1; every other stored line, the first (the page's title bar) and the
        line holding a single space included, a PDF paragraph.
  vy06  Issuu (cencos) copy of the 'Declaración de la Cumbre de las Américas' of the PEN centres
        of the Americas, Mexico City, 21 February 2015, cut by the corpus inside its first
        section at 'contra el profesional '. The first stored line (title, place and date) became
        the Word heading 1; the other two stored lines Word paragraphs, kept as stored
        ('México.Reunidos' run together; the section heading 'El ciclo
        Corrupción-Violencia-Impunidad' run into its paragraph).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vy04  PDF: a title-bar paragraph, a heading 1 (the tribune's title), a one-space paragraph,
        '[LeMonde.fr]', the lead paragraph ('... un collectif de plus de 250 éditeurs, écrivains
        et libraires, parmi lesquels A, B, C et D, pointe ...'), 'libraires', the salutation
        and six letter paragraphs (the last cut).
  vy06  DOCX: a heading 1 and two paragraphs (the second sentence of the first: 'los centros
        PEN de A, B, ..., de Canadá, junto con el American PEN y el PEN USA West y con la
        participación solidaria de los centros de Japón, Alemania y Gales, han ...').

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
    "vy06_cencos-declaracion-cumbre-pen-americas": (
        "Declaración de la Cumbre de las Américas (PEN), Ciudad de México, 21 de febrero del 2015"
    ),
}
PDF: dict[str, str] = {
    "vy04_actessud-collectif-editeurs-ecrivains-libraires-ouvrir-librairies": (
        "« Ouvrir toutes les librairies, comme toutes les bibliothèques, c\u2019est faire le choix"
        " de la culture »"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
