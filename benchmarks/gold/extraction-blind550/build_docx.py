#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ut blind extraction set (ut03, ut04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (line breaks kept as paragraph breaks, empty and blank lines dropped,
words unchanged; only the ``# `` / ``## `` heading markers were added):

  ut03  Solidaires Paris (solidairesparis.org) copy of the tribune "Défendre la liberté
        d'expression et d'information" (Le Monde, 6-7 November 2016): journalists' unions and
        associations, lawyers, magistrates and academics, convened by the SNJ, the APJ, the
        AJEF and the AJIS, ask the President not to promulgate the "Egalité et citoyenneté"
        provisions that weaken the 1881 press law and the protection of sources; cut by the
        corpus inside the second group of signatories at "économiques et fina". The site's
        menu lines are Word paragraphs (their runs of spaces kept as displayed), the title a
        Word heading 1, "LES SIGNATAIRES :" a Word heading 2, each group of signatories ("Group
        : A - B - C") one Word paragraph.
  ut04  BirGün (Turkey) news of March 2025: the Turkish Journalists' Association (TGC), the
        Journalists' Union of Turkey (TGS), the Turkish Publishers' Association, the Writers'
        Union of Turkey and PEN Turkey hold a joint press conference and call for the release
        of the journalists detained after the Saraçhane protests; cut by the corpus inside a
        quote in the Turkish word for presidential candidate. The headline became the PDF heading 1, the stored
        sub-heading ("VAHAP MUNYAR: ...") a heading 2, every other stored paragraph a PDF
        paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ut03  DOCX: two menu paragraphs ("MENU" and the run-together menu items with the date), a
        heading 1, four paragraphs (the lead naming the four convening bodies by acronym, the
        call, the note on Le Monde, the press-conference line with the same four acronyms), a
        heading 2 "LES SIGNATAIRES :" and two paragraphs "Collectifs et syndicats : A (X) - B
        - ..." and "Associations de journalistes : C - D - ...", the second one cut.
  ut04  PDF: a heading 1 (the headline, five acronyms), the lead paragraph naming the five
        bodies (no comma between the first two), three paragraphs (the moderator a trap), a
        heading 2, a paragraph introducing the TGC president's words and his quote, cut.

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
    "ut03_solidaires-paris-tribune-loi-1881-signataires": (
        "Défendre la liberté d\u2019expression et d\u2019information"
    ),
}
PDF: dict[str, str] = {
    "ut04_birgun-tgc-tgs-turkyaybir-tys-pen-ortak-cagri": (
        "TGC, TGS, TÜRKYAYBİR, TYS, PEN Türkiye'den ortak çağrı: Gözaltındaki gazetecileri"
        " serbest bırakın"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
