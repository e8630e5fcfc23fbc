#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sw blind extraction set (sw04, sw05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each about its first 2,000 bytes):

  sw04  Austrian science ministry (bmbwf.gv.at) news of 2022: the Hochschulkonferenz adopts a
        joint declaration of solidarity with Ukraine; "Sie haben alle unterschrieben:" and the
        eight members, one "- " line each ("Name als/, Präsident(in) der X (ACR),"), cut by the
        corpus inside the quoted declaration ("Hochschulen und Fo"). The headline became the
        heading 1, the stored sub-heading "Uneingeschränkte Solidarität ..." a heading 2, the
        stored "- " lines bullets, every other stored line a paragraph.
  sw05  El Universal (Mexico) news of October 2021: about 145 scientists and academics write to
        Conacyt's director María Elena Álvarez-Buylla about the charges against 31 colleagues;
        two inline name lists ("entre los que se encuentran A, B, ... y P", "entre los que también
        están Q, ... y X"), cut inside the last quoted sentence ("andamiaje "). Every stored
        paragraph became a Word paragraph; the page has no headline in the stored text.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sw04  PDF: a heading 1, a lead paragraph, the cue paragraph "Sie haben alle unterschrieben:",
        eight bullets (the last one starting with a dash "- und natürlich auch ..."), a heading 2,
        two paragraphs (the second cut).
  sw05  DOCX: five plain paragraphs (the second and the fourth carry the inline name lists, the
        fifth is cut).

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
    "sw05_eluniversal-145-cientificos-carta-conacyt-31-colegas": (
        "Comunidad científica internacional pide reconsiderar acusaciones contra 31 colegas"
    ),
}
PDF: dict[str, str] = {
    "sw04_bmbwf-hochschulkonferenz-solidaritaetserklaerung-ukraine": (
        "Ukraine: Hochschulkonferenz verabschiedet gemeinsame Solidaritätserklärung"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
