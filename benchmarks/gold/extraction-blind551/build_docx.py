#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uu blind extraction set (uu03, uu06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  uu03  World Forum of Fisher Peoples (wffp-web.org) page "CSO opening statement of SSF
        guidelines": the civil-society opening statement to the 31st session of the FAO
        Committee on Fisheries (COFI; 2014, inferred) on the Small-Scale Fisheries Guidelines, made "on
        behalf of" four fishers' and food-sovereignty bodies, followed by the blog's "Leave a
        Reply" heading. The stored text is the whole page body (1,637 characters); it has no
        title line, so the Word title property repeats the page slug in words.
  uu06  24 Horas (Mexico, 24-horas.mx ?p=22874) news report (date inferred: 29 November 2011, the day after the signing): Andrés Manuel
        López Obrador, for Morena, and 25 peasant organisations sign the "Plan de Ayala para el
        siglo XXI" in Ayoxuxtla, Puebla; seven signing organisations are named in one sentence.
        The stored text is cut by the corpus window inside the last paragraph.

The only changes to the stored texts: empty lines and the four lines holding a single space
(uu06) are dropped (each remaining line is one paragraph), and "Leave a Reply" (uu03) is marked
as a heading 2. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  uu03  DOCX: four body paragraphs (the first opens "On behalf of A, B, C and D we would like
        to commend ..."), then a heading 2 "Leave a Reply". No table, no list.
  uu06  PDF: eight paragraphs on one A4 page, no heading; the fourth paragraph is the sentence
        "Entre las organizaciones firmantes se encuentran el A, la B, ... y la G."

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
    "uu03_wffp-cso-opening-statement-ssf-guidelines-cofi": (
        "CSO opening statement of SSF guidelines"
    ),
}
PDF: dict[str, str] = {
    "uu06_24horas-amlo-organizaciones-campesinas-plan-de-ayala-siglo-xxi": (
        "24 Horas: Plan de Ayala para el siglo XXI"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
