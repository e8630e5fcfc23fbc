#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ve blind extraction set (ve02, ve10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are real public texts (see ``sources.csv``):

  ve02  The 2014 press release "Ivory Trade Ban Essential to Save Elephants" of 25 wildlife,
        conservation and animal-welfare NGOs (ahead of the London summit on illegal wildlife
        trade), as posted on iworry.org (David Sheldrick Wildlife Trust) and held in the public
        GitHub repository smhillin/iworry (a WordPress object-cache file holding the post's
        title and content). The text is the post's visible text: the title became the heading
        1, the bold "Supporting organizations:" a heading 2; the HTML markup of the content
        (an image link, two <span> wrappers, the <b>) was removed and "&amp;" unescaped; every
        other paragraph of the content (one a blank-line-separated block) is a PDF paragraph,
        one organisation a paragraph, words and order unchanged.
  ve10  KNMvD (Koninklijke Nederlandse Maatschappij voor Diergeneeskunde, knmvd.nl) article
        "Hoe krijgen we de 'te korte snuit' er definitief uit?", as held by the stored web-page
        corpus (cut by the corpus inside the closing quotation). The title line became the Word
        heading 1 and the section title "Handelsverbod" a Word heading 2 (the two markers added
        to the stored text); every other stored line a Word paragraph (trailing spaces kept).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ve02  PDF: a heading 1 (title), thirteen paragraphs (the lead "The David Sheldrick Wildlife
        Trust joins 24 other ...", the release line, the body with three quoted directors), a
        heading 2 "Supporting organizations:", twenty-five one-line paragraphs (the signers).
  ve10  DOCX: a by-line paragraph ("Tekst: ... KNMvD"), a heading 1 (title), a paragraph, a
        heading 2 "Handelsverbod", a paragraph (with the sentence "Naast de KNMvD ondertekenden
        A, B, ..., en I de brief namens de werkgroep ..."), a cut paragraph.

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
    "ve10_knmvd-brief-handelsverbod-kortsnuitige-honden": (
        "Hoe krijgen we de \u2018te korte snuit\u2019 er definitief uit?"
    ),
}
PDF: dict[str, str] = {
    "ve02_iworry-ivory-trade-ban-25-ngos-press-release": (
        "Ivory Trade Ban Essential to Save Elephants"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
