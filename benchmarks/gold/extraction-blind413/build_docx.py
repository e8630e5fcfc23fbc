#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the pc blind extraction set (pc07, pc08) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` or
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  pc07  the Kinderrechtencoalitie Vlaanderen page on the open letter "about the interest of
        children, young people and their rights in corona times" (De Standaard, 6 May 2020), as
        held by the stored web-page corpus (cut by the corpus inside the word "j[eugdwerk]").
        Each stored paragraph became a PDF paragraph, the stored sub-heading
        "Evenwichtsoefening" a PDF sub-heading; blank lines and one trailing space dropped.
  pc08  the Bond Beter Leefmilieu (bblv.be) reaction of Natuurpunt and BBL to the Flemish
        agriculture agreement, as held by the stored web-page corpus (the whole stored page):
        the headline became a Word heading 1, the paragraph a Word paragraph (one trailing
        space dropped) and the two signature lines ("Name, office Organisation", bullets in
        the source) two Word "List Bullet" paragraphs.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  pc07  PDF: a breadcrumb paragraph, the lead with the authors inline "Name (Organisation,
        department)", four paragraphs, a sub-heading, two paragraphs (the last one cut).
  pc08  DOCX: a heading, one paragraph, two Word bullets "Name, office Organisation".

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "pc08_bblv-natuurpunt-bbl-landbouwakkoord": (
        "Landbouwakkoord biedt onvoldoende bescherming van natuur"
    ),
}
PDF: dict[str, str] = {
    "pc07_kinderrechtencoalitie-open-brief-belang-kinderen-corona": (
        "Open Brief over het belang van kinderen, jongeren en hun rechten in coronatijden"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
