#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vd blind extraction set (vd03, vd06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vd03  Sport for Development Consortium (sportfordevelopment.org, the Netherlands) newsletter
        of October 2025 on the campaign "The Netherlands is not an island" of a coalition of
        Dutch organisations (KNVB, FNV, Oxfam Novib, Cordaid, Partos) against the cuts to
        development cooperation, cut by the corpus at "This campaign directly ". The newsletter's
        title line became the Word heading 1 and the section title "The Netherlands is not an
        Island" a Word heading 2 (the two markers added to the stored text); every other stored
        line a Word paragraph (the trailing space of the last line kept).
  vd06  Deutsche Sporthochschule Koeln (dshs-koeln.de, Institut fuer Europaeische
        Sportentwicklung und Freizeitforschung) page with the open letter "Fuer einen starken und
        innovativen S4D-Sektor in Deutschland" of April 2024 to the organisations of the German
        sport-for-development sector (call to found a Sport for Development Netzwerk
        Deutschland, steering group named in the body), cut by the corpus at "in der alle gese".
        The letter's title became the heading 1 and "Aufruf zur Beteiligung" a heading 2 (the two
        markers added to the stored text); every other stored line a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vd03  DOCX: a heading 1 (newsletter title), six paragraphs (issue line, welcome, the campaign
        lead, two one-line paragraphs, the quoted slogan), a heading 2 "The Netherlands is not an
        Island", five paragraphs (the coalition sentence "..., including KNVB, FNV, Oxfam Novib,
        Cordaid, and Partos is pushing back.", the OECD target, the export figures, the call's
        momentum, the cut last line).
  vd06  PDF: a heading 1 (letter title), a paragraph (addressees "An Organisationen, ..."), the
        salutation, four paragraphs (the last names the steering group "Bike Bridge, Common Goal,
        ..., step stiftung und SUPR SPORTS"), a heading 2 "Aufruf zur Beteiligung", two
        paragraphs (the second cut).

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
    "vd03_sportfordevelopment-nl-not-an-island-coalition-newsletter": (
        "Solidarity should never stop at borders, a powerful call!"
    ),
}
PDF: dict[str, str] = {
    "vd06_dshs-koeln-s4d-netzwerk-deutschland-aufruf": (
        "F\u00fcr einen starken und innovativen S4D-Sektor in Deutschland"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
