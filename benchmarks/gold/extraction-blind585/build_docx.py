#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the wc blind extraction set (wc04, wc07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  wc04  Kinderrechtencoalitie Vlaanderen (Belgium) page of 2020 relaying the urgent call of nine
        Flemish and Belgian organisations (11.11.11, Vluchtelingenwerk Vlaanderen, ...) to protect
        asylum seekers, the poor and the homeless during the coronavirus crisis. Its category line
        ("Memoranda lidorganisaties") and every stored paragraph are PDF paragraphs; nothing is
        made a heading (the stored text has no title line).
  wc07  OGBL (Luxembourg) communiqué of the joint statement of the OGBL and the Friddensplattform
        for World Refugee Day ("Die Europäische Union versagt in der Asylpolitik!"), cut by the
        corpus inside the statement ("Sagt NEIN zu "). The Luxembourgish headline became the Word
        heading 1, the statement's own title a Word heading 2, each stored paragraph a Word
        paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wc04  PDF: a category paragraph, then six paragraphs (the first "Deze schrijnende situatie
        heeft de organisaties A, B, ..., het H en I ertoe aangezet om een dringende oproep te
        doen." inside it, followed by "Het X steunt deze oproep en ook de Y wil ..."), the last
        "Lees de hele oproep via de pagina van Vluchtelingenwerk."
  wc07  DOCX: a heading 1, two lead paragraphs ("OGBL und Friddensplattform haben ...", "...
        veröffentlichen beide Organisationen in einer gemeinsamen Stellungnahme ..."), a heading 2,
        six statement paragraphs (cut).

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
    "wc07_ogbl-friddensplattform-gemeinsame-stellungnahme-weltfluechtlingstag": (
        "Mënschlechkeet, Fridden, Klimaschutz a sozial Gerechtegkeet"
    ),
}
PDF: dict[str, str] = {
    "wc04_kinderrechtencoalitie-oproep-coronacrisis-kwetsbare-groepen": (
        "Impact coronacrisis op de meest kwetsbare groepen"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
