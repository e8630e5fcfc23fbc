#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wg blind extraction set (wg05, wg06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  wg05  La Jornada (Mexico) AFP report of 16 April 2007 on the Cuban opposition's joint
        declaration "Unidad por la Libertad" (Havana, 15 April 2007): the signers named inline,
        each "Name, de la Organisation (ACRONYM)", over two sentences, then a quoted economist
        who is "también firmante del texto". Whole page as stored (1,916 characters). The
        headline became the PDF heading 1, every other stored line a PDF paragraph.
  wg06  centralasi.blogspot.com archive page of 16 May 2014: news of the press conference of
        6 May 2014 at which Venezuelan human rights organisations and social organisations
        jointly rejected the criminalisation of human rights NGOs; one long sentence names the
        organisations, then a quoted coordinator and named defenders. Cut by the corpus window
        ('focal'). The run-in second line (no final stop) became a Word heading 2, every other
        stored line a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wg05  PDF: a heading 1 (headline), seven paragraphs (lead, two quoted lines, the two
        "suscrita ... por" sentences, the economist's paragraph, a closing quote).
  wg06  DOCX: a paragraph (the list sentence, 16 organisations), a heading 2 ("Provea ha
        reiterado ..."), two paragraphs (the quote and the cut last paragraph).

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
    "wg06_centralasi-ong-ddhh-rueda-de-prensa-criminalizacion": (
        "centralasi.blogspot.com, archivo del 16 de mayo de 2014"
    ),
}
PDF: dict[str, str] = {
    "wg05_jornada-disidencia-cubana-unidad-por-la-libertad": (
        'Disidencia cubana firma declaraci\u00f3n de "unidad"'
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
