#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xh blind extraction set (xh04, xh07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xh04  Mondo Professionisti (mondoprofessionisti.eu, section "Professione Medica"): the
        presidents of the Italian federations of the orders of physicians and dentists
        (Fnomceo), pharmacists (Fofi) and veterinarians (Fnovi) welcome the new statute of the
        Onaosi foundation in a "nota congiunta". The whole short stored page (1,393
        characters): the section label "Professione Medica" and one paragraph. Every stored
        line is one PDF paragraph; there is no headline in the stored text, so none was added.
  xh07  Press page of the Deutscher Berufsverband fuer Soziale Arbeit (dbsh.de,
        "Pressemitteilungen"): a list of four press-release teasers, the third one on the
        appeal of 52 health and social-welfare organisations ("Gesellschaftlicher Zusammenhalt
        in Gefahr!") naming seven of them; cut by the corpus inside the fourth teaser
        ("erinnern pol", 2,000 bytes). The line "Pressemitteilungen" became the Word heading 1,
        the four teaser titles Word headings 2, every other stored line a Word paragraph
        (the stored "..." ellipses kept).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xh04  PDF: a paragraph "Professione Medica" and one long paragraph (the quote, the sentence
        "Questo il giudizio unanime espresso da A, presidente della B (X); C, presidente della
        D (Y), e E, presidente della F (Z), ..." and the quoted "nota congiunta").
  xh07  DOCX: an intro paragraph, a heading 1, then four blocks of a heading 2 and one or two
        paragraphs; the third block's paragraph holds the inline list ("52 Organisationen ...
        - darunter A, B, C, der D, der E, der F (DBSH) und die G e. V....").

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
    "xh07_dbsh-pressemitteilungen-52-organisationen-zusammenhalt": "Pressemitteilungen",
}
PDF: dict[str, str] = {
    "xh04_mondoprofessionisti-fnomceo-fofi-fnovi-nota-congiunta-onaosi": (
        "Onaosi, nota congiunta di Fnomceo, Fofi e Fnovi sulla riforma dello statuto"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
