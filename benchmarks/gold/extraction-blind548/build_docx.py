#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ur blind extraction set (ur04, ur05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (line breaks kept as paragraph breaks, empty lines dropped, words
unchanged; only the ``# `` / ``## `` heading markers were added):

  ur04  Centre for Human Rights and Rehabilitation (CHRR, Malawi; chrrmw.org) news item of
        2 May 2018: the petition of CHRR, CEDEP, Youth and Society, the NGO network "Mango"
        and the Human Rights Defenders Coalition (HRDC) to the Chairperson of the African
        Commission on Human and Peoples' Rights, cut by the corpus inside the paragraph on the
        July 20 killings at "were killed, ". The site's three chrome lines ("All for Joomla All
        for Webmasters", "Search Our Site", "Text Resize:") and the date are PDF paragraphs, the
        petition's title a heading 1, "Extra Judicial Killings" a heading 2, every other stored
        paragraph a PDF paragraph (the "Att:" line keeps its run of spaces, the last paragraph
        its trailing space).
  ur05  WeekendPost (Botswana) news item "BONELA, LEGABIBO rebuke churches" (undated in the
        stored text): the two human rights organisations' joint response to the Evangelical
        Fellowship of Botswana on LEGABIBO's registration, cut by the corpus inside a quote at
        "we a". The headline became the Word heading 1, every
        stored line a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ur04  PDF: three site-chrome paragraphs, a date paragraph, a heading 1 (the petition's
        title), an addressee paragraph ("Att: Her Excellency the Chairperson"), a paragraph
        "The Gambia.", the opening paragraph naming the five organisations ("A (X), B (Y), C,
        D (Z) and the E (W) are human rights organizations ... The five organisations, hereby
        petition"), one more paragraph, a heading 2 and three paragraphs, the last one cut.
  ur05  DOCX: a heading 1 (the headline, "BONELA, LEGABIBO rebuke churches") and six
        paragraphs: the lead naming both organisations with their acronyms, two background
        paragraphs, one on the church body's position, "In response BONELA and LEAGABIBO ..."
        (the second acronym misspelt as stored) and a quote, cut.

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
    "ur05_weekendpost-bonela-legabibo-rebuke-churches": "BONELA, LEGABIBO rebuke churches",
}
PDF: dict[str, str] = {
    "ur04_chrr-malawi-ngos-petition-african-commission": (
        "Petition to the African Commission on Human and Peoples\u2019 Rights"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
