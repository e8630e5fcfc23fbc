#!/usr/bin/env python3
"""Build the DOCX document of the fr blind extraction set (fr04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the appeal page of the Società dei Territorialisti
(``https://societadeiterritorialisti.it/2011/09/03/appellocomuni``, see ``sources.csv``) as
held by the stored web-page corpus (its first ~2,000 characters, the list cut inside the
eleventh adherent): its paragraphs kept as written, the lone-space paragraph left out and the
cut last item's trailing space trimmed. The page's first sentence (the appeal's title, with
its Marco Paolini quotation) became the Word heading 1, the list heading ("Prime adesioni*")
a Word heading 2 and each adherent (one a paragraph in the source) a "List Bullet" paragraph.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fr04  DOCX: the 2011 appeal "Valorizziamo i segni di rinascita del municipalismo italiano"
        (small municipalities threatened by the August 2011 budget decree): a heading, the
        quoted opening paragraph, "[leggi sotto tutto il testo dell'promosso da Lucia Carle e
        Alberto Magnaghi:]", a call-to-action paragraph, a heading 2 "Prime adesioni*", the
        "*PER ADERIRE: ..." paragraph, then 11 Word bullets "Name, role, Organisation[, second
        role]" (academics, mostly "Ordinario/Professore ..., Università di ..."), the last one
        cut after "Presidente".

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "fr04_territorialisti-appello-piccoli-comuni": (
        "Valorizziamo i segni di rinascita del municipalismo italiano"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
