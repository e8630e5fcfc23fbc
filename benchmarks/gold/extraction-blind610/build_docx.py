#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xb blind extraction set (xb04, xb07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (its search-result excerpt, JSON-decoded):

  xb04  People's Partnership (provider of the People's Pension, UK) news of 2025: eight more
        asset owners endorse the Asset Owner (AO) Statement on Climate Stewardship (Caisse des
        Dépôts, IRCANTEC, ERAFP, FRR, MAIF, Malakoff Humanis, Sammelstiftung Vita, UNJSPF), with
        quotes of the statement lead (People's Partnership) and of ERAFP; cut by the corpus
        inside the second quote. The stored text has no title: every stored paragraph is a PDF
        paragraph, the footnote digits glued to words ("Stewardship1", "(UNJSPF)3") kept as
        stored.
  xb07  BFM Business (France) report of 2014: eight employers' organisations (Medef, CGPME, UPA,
        FNSEA, UNAPL, AFEP, Croissance +, ASMEP-ETI) send a "cri d'alarme" to the President and
        the Prime Minister, published by the Journal du dimanche; cut by the corpus. The site
        name and rubric are two Word paragraphs, the headline the Word heading 1, the
        sub-title "Trois demandes concrètes" a Word heading 2, every other stored line a Word
        paragraph (the photo caption is stored twice, the second time followed by " - -").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xb04  PDF: five paragraphs (lead with a footnote digit, launch paragraph, "The new
        signatories to the statement are: A (X), B, ..., and the H (Y)3", two quotes, the second
        cut).
  xb07  DOCX: two short paragraphs, a heading 1, the caption paragraph twice, four paragraphs
        (the fourth "Parmi les signataires, on trouve le patron du Medef, Pierre Gattaz, mais
        aussi les représentants de la CGPME, de l'UPA (artisanat), ..."), a heading 2, two
        paragraphs (the last cut).

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
    "xb07_bfmbusiness-huit-organisations-patronales-cri-d-alarme": (
        'Les organisations patronales adressent un "cri d\'alarme" au gouvernement'
    ),
}
PDF: dict[str, str] = {
    "xb04_peoplespartnership-asset-owner-climate-stewardship-new-signatories": (
        "Asset Owner (AO) Statement on Climate Stewardship: new signatories"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
