#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xl blind extraction set (xl03, xl08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xl03  epicenter.works (Vienna) news in German on the civil-society statement of 30 November
        2021 ("Aufruf der Zivilgesellschaft an die EU: KI-Gesetz muss Grundrechte ins Zentrum
        stellen"): 115 organisations call for a fundamental-rights-centred AI Act; the statement
        was drafted by ten named organisations. Cut by the corpus inside the third demand
        ("das allgemeine öffentlich", 2,000 bytes). The stored text has no headline, so none was
        added; every stored paragraph is a Word paragraph; the three stored bullet items
        ("  • ...") became Word "List Bullet" paragraphs (the bullet glyph and the indentation
        are layout, the words are unchanged), the indented "Dazu gehört ..." explanations plain
        paragraphs.
  xl08  Hermes Center (hermescenter.org) post in Italian of the Rete per i Diritti Umani
        Digitali: the network asks the Italian government to publish the list of the
        fundamental-rights authorities under Art. 77 of the AI Act; the whole short stored page
        (1,155 characters), ending with the six member organisations on one line with no cue.
        The stored text has no headline, so none was added; every stored line is one PDF
        paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xl03  DOCX: two lead paragraphs (the first "... darunter A und B ...", then "Jetzt lesen
        (Englisch)"), the drafters' paragraph ("Die Erklärung, verfasst von A, B, ..., und J,
        liefert ..."), the cue-like "Die Unterzeichner*innen fordern:", then three bullets, each
        followed by one explanatory paragraph (the last one cut).
  xl08  PDF: six paragraphs; the last one is the signers' line "A, B, C, D, E e F" with no cue.

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
    "xl03_epicenter-works-aufruf-ki-gesetz-grundrechte-115-organisationen": (
        "Aufruf der Zivilgesellschaft an die EU: KI-Gesetz muss Grundrechte ins Zentrum stellen"
    ),
}
PDF: dict[str, str] = {
    "xl08_hermescenter-rete-diritti-umani-digitali-autorita-diritti-fondamentali": (
        "Il Governo deve pubblicare l\u2019elenco delle autorit\u00e0 per i diritti fondamentali"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
