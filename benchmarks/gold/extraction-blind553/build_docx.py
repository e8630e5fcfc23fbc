#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uw blind extraction set (uw04, uw05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (2,000 bytes each, both cut by the corpus window):

  uw04  idw - Informationsdienst Wissenschaft page of 12 September 2024 with the English
        translation of the press release of the German Rectors' Conference (HRK) of
        11 September 2024: the joint declaration of the Executive Board of the Saxony State
        Rectors' Conference, the Thuringia State Rectors' Conference and the German Rectors'
        Conference after the state elections in Saxony and Thuringia. The idw navigation lines,
        the date and the press contact stay as paragraphs; the headline ("After state
        elections: ...") became the heading 1; the stored four-space indentation of the release's
        paragraphs is kept; the empty lines are dropped.
  uw05  ActuaLitté (actualitte.com) tribune of the French library associations (ABF, the
        association of the directors of big-city libraries, the association of county
        librarians, Bibliopat) against splitting written heritage from public reading at the
        Ministry of Culture, as stored: the stored text opens with the four "Pour <association>,
        <name>, <office>" signature lines, then one long paragraph (the page's introduction and
        the start of the letter, run together without spaces after full stops, cut at
        "(manuscr"). Each stored line became a Word paragraph; the empty lines are dropped; no
        heading (the stored text has no headline; the title metadata comes from the address's
        slug).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uw04  PDF: nine short paragraphs (idw navigation, date), a heading 1 (headline), two
        paragraphs (press contact: person, "Hochschulrektorenkonferenz (HRK)"), the
        translation note, the "Joint declaration by ..." paragraph, three declaration
        paragraphs, three trailing idw paragraphs ("Weitere Informationen:", ...).
  uw05  DOCX: four signature paragraphs ("Pour l'Association ..., Name, Présidente"; the
        second without a comma before the name; the third with two co-presidents), then one
        long paragraph.

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
    "uw05_actualitte-bibliothecaires-lettre-valois-patrimoine-lecture": (
        "L\u2019erreur de Valois : scinder patrimoine et lecture publique en biblioth\u00e8ques"
    ),
}
PDF: dict[str, str] = {
    "uw04_idw-hrk-saxony-thuringia-rectors-joint-declaration": (
        "After state elections: university locations must remain attractive"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
