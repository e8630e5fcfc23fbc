#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wt blind extraction set (wt03, wt05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  wt03  La Región (Ourense) news of 29 July 2012: the Galician public-sector unions call
        employees and citizens to demonstrate in the Galician cities for public services; the
        seventeen convening organisations are named in one sentence and "Firmaron un
        manifiesto ..." follows (Spanish). The headline is a heading 1, every other stored
        paragraph a PDF paragraph (the site's trailing "Te puede interesar" kept).
  wt05  Blog of the AFA (families' association) of the Salvador Espriu school, 17 April 2012
        (Catalan): the FAPAC, the FAPAES and the teachers' unions call a joint demonstration
        against the education cuts in Barcelona; a second paragraph quotes the unions'
        manifesto "signat per CCOO, CSIF, STEs i FETE-UGT". The post date is a Word paragraph,
        the post title the Word heading 1, the poster slogan a Word heading 2, each further
        stored paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wt03  PDF: a heading 1 (headline), a paragraph ending "En concreto, las organizaciones
        convocantes son A, B, ..., y Q.", a paragraph "Firmaron un manifiesto ...", a paragraph
        "Te puede interesar".
  wt05  DOCX: a paragraph "17/4/12", a heading 1, a heading 2, a paragraph with the day and
        place, the conveners' paragraph (an inline list with a bracketed sub-list), the quotes
        paragraph, the manifesto paragraph ("signat per A, B, C i D"), "T'hi vols adherir?
        Clica aquí."

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
    "wt05_afasalvadorespriu-manifestacio-unitaria-retallades-2012": (
        "Manifestaci\u00f3 unit\u00e0ria contra les retallades"
    ),
}
PDF: dict[str, str] = {
    "wt03_laregion-sindicatos-gallegos-manifiesto-servicios-publicos": (
        "Los sindicatos convocan movilizaciones para ma\u00f1ana"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
