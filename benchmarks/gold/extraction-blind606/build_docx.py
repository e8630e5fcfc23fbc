#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wx blind extraction set (wx01, wx07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, each with '# ' put before its title line and nothing else changed:

  wx01  aDakar.com news page (news.adakar.com, early 2024) with the declaration of the
        Synergie des Organisations de la société civile pour la Paix (SOS/Paix) before the
        Senegalese presidential election of 25 February 2024, cut by the corpus inside the first
        demand to the President. The photo credit and the caption are paragraphs, the
        declaration's title ("DECLARATION DE LA SYNERGIE ... (SOS/Paix)") the Word heading 1,
        every stored paragraph (the "•" considerations, the "❖ Au Président de la République :"
        line, the numbered demand) a Word paragraph, the bullet characters kept as written.
  wx07  Blog of the Conseil National des Organisations de la Société Civile Guinéenne (CNOSCG,
        cnoscg.blogspot.com, 2011 archive page): the post of 16 September 2011 on the
        declaration of the Mouvement Social Guinéen (CNOSCG, Mouvement Syndical Guinéen, CPEG) on
        the legislative elections, then the start of the next post. The blog's description a
        paragraph, the post title a heading 1, every stored line a PDF paragraph (the indented
        "•" lines keep their leading spaces).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wx01  DOCX: a credit paragraph, a caption paragraph, a heading 1, seven "•" paragraphs (the
        last: "La société civile, regroupée autour de la Synergie ... (SOS/Paix), demande ..."),
        a "❖" paragraph, one numbered paragraph (cut).
  wx07  PDF: the blog description, a date, a heading 1, "Maison de la Presse", the paragraph
        "Jeudi 8 septembre 2011, le Mouvement Social Guinéen (A - X, B, C - Y) a donné ...",
        "Maison de la Presse", a paragraph, four indented "•" lines, two paragraphs,
        "Télécharger la déclaration", a date, the next post's title and its first words (cut).

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
    "wx01_adakar-sos-paix-declaration-presidentielle-2024": (
        "DECLARATION DE LA SYNERGIE DES ORGANISATIONS DE LA SOCIETE CIVILE POUR LA PAIX (SOS/Paix)"
    ),
}
PDF: dict[str, str] = {
    "wx07_cnoscg-mouvement-social-guineen-legislatives-2011": (
        "Déclaration du Mouvement Social Guinéen sur la tenue des élections législatives"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
