#!/usr/bin/env python3
"""Build the DOCX document of the gu blind extraction set (gu05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a page of the Togolese news site icilome.com
(https://icilome.com/?p=12467) as held by the stored web-page corpus (see ``sources.csv``):
the page's lines kept as they are, in order, cut where the corpus cuts the page ("engagée
pou"). The note's title (in capitals in the source) became the Word heading 1 and its two
section titles ("PRESENTATION DU GROUPE DES O8 OSC", "PHILOSOPHIE ET VALEURS") Word
headings 2; every other line is a paragraph. Nothing here decides who signed: the labels
in ``labels/`` were written by reading.

Layout:
  gu05  DOCX: the icilome report on the position note of the G8 (a group of eight Togolese
        civil-society organisations) and 26 other organisations on the bill amending the
        law of 1 July 1901 on associations: a lead paragraph, "Lisez plutôt", a heading 1,
        a heading 2, one paragraph naming the eight organisations inline ("composé de
        l'A (ACR), l'B (ACR), ... et le H (ACR) ;"), a heading 2 and two paragraphs.

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
    "gu05_icilome-g8-osc-togo-liberte-association": (
        "Note de position du G8 et des organisations de la société civile sur le droit à la"
        " liberté d’association au Togo"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
