#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the vl blind extraction set (vl09, vl10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vl09  Open Scholarship Policy Observatory (University of Victoria) French page on the "Appel de
        Jussieu pour la Science ouverte et la bibliodiversite" of October 2017: a DOI line, an
        "En bref" box ("Titre ...", "Createurs <30 names> ...", "Date de publication ...", "Mots
        cles ..."), then the summary, cut by the corpus at the first of the eight points
        ("1. L'acces ou"). Every stored line is a PDF paragraph; nothing is marked as a heading.
        The four spaces inside the two pairs of guillemets are no-break spaces (with them the
        stored text is exactly the corpus's 2,000-byte window; the answer displays them as
        spaces).
  vl10  SoylentNews story of April 2023 (its stored text opens with a stray " date 2018-04-23")
        on the open letter of thirteen open source organisations to the European Commission on
        the Cyber Resilience Act, quoting the letter in part. Every stored line is a Word
        paragraph (the first keeps its leading space); the Word title property is the story's
        address.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vl09  PDF: ten paragraphs on one page - a DOI line, "Read this in English", a byline, "En
        bref", the four "En bref" lines (the second, the creators of the call, runs over seven
        lines: "Createurs A, B, ..., Y et Z"), the summary paragraph and the cut first point
        ("  1. L'acces ou").
  vl10  DOCX: six paragraphs - the lead (with the stray date), "Thirteen organizations,
        including the A, B, and the C (OSI), also note ...", a paragraph on the letter's purpose,
        "The letter reads:", one quoted paragraph of the letter, a closing "[...] Penalties ..."
        paragraph.

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
    "vl10_soylentnews-thirteen-organizations-cra-open-letter": (
        "soylentnews.org/article.pl?sid=23/04/18/1755244"
    ),
}
PDF: dict[str, str] = {
    "vl09_ospolicyobservatory-appel-de-jussieu-science-ouverte": (
        "Appel de Jussieu pour la Science ouverte et la bibliodiversit\u00e9"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
