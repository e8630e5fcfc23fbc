#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the rl blind extraction set (rl09, rl10) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` (fpdf2)
and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  rl09  444.hu (10 August 2022): the opening of the news item on the open letter of six
        Hungarian green organisations to Prime Minister Orbán on the firewood decree, as held
        by the stored web-page corpus (the corpus's " date 2022-08" marker left out); one
        paragraph, as stored.
  rl10  civilosszefogas.hu: the second open letter of the Civil Összefogás Közhasznú
        Alapítvány (CÖKA) and the Civil Összefogás Fórum to Commission Vice-President Věra
        Jourová (10 February 2021), as held by the stored web-page corpus. The post title
        became the Word heading 1, the centred "NYÍLT LEVÉL" a Word heading 2, each stored
        line a Word paragraph (the empty one-space paragraphs left out, the comment counter
        and the first line of the single reader comment kept as stored).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rl09  PDF: a single body paragraph, no heading (an inline list of six organisations in the
        second sentence of the paragraph).
  rl10  DOCX: a heading, a heading 2, the address block one line a paragraph, the letter,
        place and date, "Tisztelettel:", the "A … és a … nevében" line and the four
        signers' names on one line, then the blog's footer lines.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "rl10_civilosszefogas-nyilt-level-jourova-hu": "2. Nyílt levél levél Věra Jourová részére",
}
PDF: dict[str, str] = {
    "rl09_444-tuzifarendelet-nyilt-level-orban-hu": (
        "Petíció Orbán Viktornak, hogy vonja vissza a tűzifarendeletet"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
