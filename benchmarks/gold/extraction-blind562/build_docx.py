#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vf blind extraction set (vf08, vf09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vf08  AZP News (Trinidad and Tobago) report, late December 2022, by Sue-Ann Wayow: four
        major business chambers (The Energy Chamber, AMCHAM T&T, the Trinidad and Tobago
        Chamber of Industry and Commerce and the TTMA) issue a joint press release on the
        crime crisis; whole page as stored (headline, "Spread the love", a quoted sub-title,
        by-line, body, the comment-form footer). The headline became the PDF heading 1, every
        other stored line a PDF paragraph.
  vf09  Jamaicans for Justice (jamaicansforjustice.org) news page of 2019, cut by the corpus
        inside its second item: the Open Government Partnership alliance of JFJ, the Jamaica
        Environment Trust, the SlashRoots Foundation and CAPRI (with technical support from
        the World Resources Institute) writes to the Prime Minister. The section title "Open
        Government Partnership" became the Word heading 1, the next item's title ("JFJ
        launches new Human Rights project ...") a Word heading 2, the three stored "  • "
        items Word bullets (List Bullet style, the bullet glyph is the list's, not text),
        every other stored line a Word paragraph, the skip-links line included. Text kept as
        stored, double spaces and trailing spaces included.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vf08  PDF: a heading 1 (the headline), paragraphs "Spread the love", the quoted sub-title,
        "By Sue-Ann Wayow", eight body paragraphs (the third "The chambers include: A, B, the C
        and the D (X)."), "Leave a Reply" and the comment-form notice.
  vf09  DOCX: a skip-links paragraph, a heading 1, two paragraphs (the second holds the inline
        list "is comprised of A (X), the B (Y), the C, the D (Z) with technical support from
        the E (W, Washington) has written to the Prime Minister"), three bullets, a paragraph,
        a heading 2 and a last paragraph cut by the corpus.

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
    "vf09_jamaicansforjustice-ogp-alliance-letter-prime-minister": (
        "Jamaicans for Justice: Open Government Partnership"
    ),
}
PDF: dict[str, str] = {
    "vf08_azpnews-four-business-chambers-crime-release": ("Chambers Want Crime Situation Fixed"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
