#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the un blind extraction set (un02, un03) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (paragraph breaks kept, words unchanged; only the ``# `` / ``## ``
heading markers were added):

  un02  David Suzuki Foundation (French site) press-release listing page "Communiqués de
        presse", whose first item is the communiqué of 16 October 2014 of the Fondation David
        Suzuki, Fondation Rivières, Greenpeace, Nature Québec and the CQDE on TransCanada's
        drilling at Cacouna (beluga habitat); cut by the corpus at "Ils ". The page heading
        became the Word heading 1, the communiqué's title a Word heading 2, every stored
        paragraph a Word paragraph (the last one keeps its trailing space).
  un03  La Presse (Dialogue / Opinions) of 21 December 2023: reply of Équiterre and the
        Fondation David Suzuki to Richard Desjardins and Henri Jacob (Action boréale) on the
        Northvolt project; cut by the corpus inside the fourth body paragraph at "cumulat".
        The stand-first quote is a PDF paragraph, the "Réplique d'Équiterre et de la Fondation
        David Suzuki ..." line a heading 1, the two signature lines ("Name Office,
        Organisation") and every stored paragraph PDF paragraphs.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  un02  DOCX: a heading 1 ("Communiqués de presse"), a heading 2 (the communiqué's title), a
        date paragraph ("Le 16 octobre 2014 | Affiché dans"), four paragraphs (the first "Montréal
        — Les groupes environnementaux A, B, C, D et le E interpellent ...", the third a quoted
        scientist), the last one cut.
  un03  PDF: a stand-first paragraph, a heading 1, two signature paragraphs ("Colleen Thorpe
        Directrice générale d'Équiterre", "Sabaa Khan Directrice générale pour le Québec et
        l'Atlantique, Fondation David Suzuki"), four body paragraphs (footnote numbers run into
        the words as stored: "Le Devoir2", "passé3", "rapport4"), the last one cut.

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
    "un02_davidsuzuki-groupes-environnementaux-forages-cacouna": (
        "Forages à Cacouna : Québec doit révoquer le certificat de TransCanada et obtenir des"
        " avis scientifiques"
    ),
}
PDF: dict[str, str] = {
    "un03_lapresse-equiterre-fondation-suzuki-replique-northvolt": (
        "Réplique d\u2019Équiterre et de la Fondation David Suzuki à Richard Desjardins et"
        " Henri Jacob"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
