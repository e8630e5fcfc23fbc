#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the vv blind extraction set (vv04, vv06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vv04  kipdf.com copy of the 2014 booklet "Cumbre Social de las tierras bajas sobre la Ley
        Minera" (Santa Cruz, Bolivia, June 2014): the title, the site's download counter, the
        cover lines, the page number "1", then the inside cover with the organisations of the
        Cumbre run together in one paragraph and separated by bullets, "Santa Cruz, junio de
        2014", the page number "2" and the start of the next page, cut by the corpus at
        "tenemos derecho a". The first title became a heading 1, each stored line a PDF
        paragraph; a page break follows each of the stored page numbers "1" and "2".
  vv06  CONAIE website page (March 2024) with the general resolutions of the second national
        anti-mining meeting of the Confederación de Nacionalidades Indígenas del Ecuador and
        the Frente Nacional Antiminero, cut by the corpus inside the fifth resolution. The
        site's name stays a paragraph, the issuers' line became a Word heading 1, "Resoluciones
        Generales" a Word heading 2, each numbered resolution a Word paragraph (numbers and
        leading spaces kept as stored).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vv04  PDF: a heading 1, five paragraphs (the last the page number "1"), a page break, a
        paragraph (title), one paragraph of 26 organisations separated by bullet characters
        (U+2022), ending with place and date, the page number "2", a page break, five paragraphs (cut).
  vv06  DOCX: a paragraph (the site's name), a heading 1 (the two issuers and their
        acronyms), a heading 2 "Resoluciones Generales", five numbered paragraphs (cut).

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
    "vv06_conaie-fna-resoluciones-ii-encuentro-antiminero": (
        "Resoluciones del II Encuentro Nacional Antiminero"
    ),
}
PDF: dict[str, str] = {
    "vv04_kipdf-cumbre-social-tierras-bajas-ley-minera": (
        "Cumbre Social de las tierras bajas sobre la Ley Minera"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
