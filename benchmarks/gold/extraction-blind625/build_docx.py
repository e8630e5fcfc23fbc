#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xq blind extraction set (xq06, xq08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 characters of each page; both are cut by that
window inside a sentence, and the cut is kept):

  xq06  "Resolución de la Octava Gran Marcha Indígena" (Bolivia, September 2011), as posted on
        the blog tipnisresiste.blogspot.com: the 34 indigenous peoples of the VIII march in
        defence of the TIPNIS, represented in their twelve regional organisations affiliated to
        CIDOB, with CNAMIB and CONAMAQ, reject the government's consultation process. The
        resolution's title became the PDF heading 1, "CONSIDERANDO:" a heading 2, every other
        stored paragraph a PDF paragraph (the long opening sentence naming the issuing
        organisations, then two "Que, ..." paragraphs, the second cut by the window).
  xq08  Confederación Campesina del Perú (CCP) news item on movimientos.org (CLOC section, Peru,
        2007): the national agrarian, peasant and indigenous strike of 11 and 12 July is
        convened jointly by CCP, CNA, AIDESEP, CONAP and CONACAMI, joined by ANAMBI. The
        stored headline ("Medida de lucha es convocada por las principales centrales
        nacionales") became the Word heading 1, each further stored paragraph a Word paragraph
        (the second names the six organisations, "Name, ACRONYM;" items; the last is cut).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xq06  PDF: a heading 1, one long paragraph (the issuing organisations with their acronyms in
        brackets, three confederations with the acronym after a space), a heading 2
        "CONSIDERANDO:", two paragraphs (the second cut).
  xq08  DOCX: a heading 1 and five paragraphs (the second names the convening organisations,
        separated by semicolons; the fifth cut).

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
    "xq08_movimientos-ccp-paro-nacional-agrario-convocatoria": (
        "Medida de lucha es convocada por las principales centrales nacionales"
    ),
}
PDF: dict[str, str] = {
    "xq06_tipnisresiste-resolucion-octava-marcha-indigena": (
        "Resoluci\u00f3n de la Octava Gran Marcha Ind\u00edgena"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
