#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uo blind extraction set (uo02, uo05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  uo02  Eesti Noorsootöötajate Kogu (enk.ee) news item of May 2021: the youth-field umbrella
        organisations' joint appeal ("pöördumine") to Riigikogu speaker Jüri Ratas to speed up
        the parliament's handling of the youth-field development plan 2021-2035, with its nine
        signature lines "Name, Organisation (genitive) office". The whole stored page (1,742
        characters). The letter's subject line became the Word heading 1, every other stored
        paragraph a Word paragraph (the address line's trailing spaces and the body's double
        space kept); the stored paragraphs holding only a space were left out.
  uo05  Barikadopēdija (the Latvian wiki of the January 1991 barricades) page 352962: the appeal
        of 5 January 1991 of the Baltic Council after the seizure of the Press House in Riga,
        signed "No Latvijas Tautas frontes / Romualds Ražuks", "No Lietuvas "Sajūža" / Jozs
        Tumēlis", "No Igaunijas Tautas frontes / Arvo Junti". The whole stored page (960
        characters). The page title (as stored, "Igaunijas un Lietuvas Tautas frontu un
        Lietuvas „Sajūža" aicinājums") became the PDF heading 1, every stored paragraph a PDF
        paragraph (each signer's "No ..." line and the person's name stay two paragraphs).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uo02  DOCX: a lead paragraph, the address ("Lp Jüri Ratas", "Riigikogu esimees"), a heading 1
        (the subject line), two body paragraphs, "Lugupidamisega", nine signature paragraphs
        "Name, Organisation office".
  uo05  PDF: a heading 1 (page title), the wiki line "No Barikadopēdija", three body
        paragraphs, the date line, then six paragraphs alternating "No <movement>" and a
        person's name.

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
    "uo02_enk-noortevaldkonna-organisatsioonid-poordumine-ratasele": (
        "Noortevaldkonna organisatsioonide pöördumine seoses noortevaldkonna arengukava 2021-2035"
    ),
}
PDF: dict[str, str] = {
    "uo05_barikadopedija-baltijas-padome-tautas-frontes-sajudis-aicinajums": (
        'Igaunijas un Lietuvas Tautas frontu un Lietuvas \u201eSaj\u016b\u017ea" aicin\u0101jums'
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
