#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ot blind extraction set (ot01, ot08) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

ot01 is the real text of a stored web page of FP CGIL (fpcgil.net, see ``sources.csv``): the
letter of 1 February 2007 in which the doctors' sections of the three confederal unions (FP CGIL
Medici, CISL Medici, UIL FPL Medici) answer Anaao Assomed on the memorandum on the public
administration. In the stored text the letter's hard-wrapped lines are kept from the page's
source and the signatures are an HTML table (three organisations in one row, the three
persons in the next), flattened with "|" separators. Here each address line is a Word
paragraph, the wrapped lines of each body paragraph are joined into one Word paragraph, and the
signatures are a 2-row, 3-column Word table (organisations in the first row, set in bold by the
shared builder; persons in the second, "Giuseppe / Garraffo" joined), followed by the place
and date paragraph. Nothing is added; the organisation "UI FPL Medici" is kept as misspelt.

ot08 is the real text of a stored web page of cronachesiciliane.it: the press release on the
national 24-hour strike of the Italian doctors' unions on 16 December 2015, as held by the
stored web-page corpus (two paragraphs; apostrophes lost in the stored text, "lapice dellattuale",
kept). The heading is the page's title as given by its address (the URL slug, accents
restored), not part of the stored text. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  ot01  DOCX: 12 address paragraphs, 5 body paragraphs, a 2x3 Word table "organisation" over
        "person", a place-and-date paragraph.
  ot08  PDF: a heading, two paragraphs (the unions inline in parentheses in the second).

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
    "ot01_fpcgil-medici-confederali-lettera-anaao-2007": (
        "FP CGIL Medici, CISL Medici, UIL FPL Medici: lettera ad Anaao Assomed, 1 febbraio 2007"
    ),
}
PDF: dict[str, str] = {
    "ot08_cronachesiciliane-os-mediche-sciopero-16-dicembre": (
        "16 dicembre sciopero nazionale di 24 ore della sanità pubblica"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
