#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ux blind extraction set (ux05, ux08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ux05  kokid.w-srv.net page ("Dokumente: Interreligiöser Dialog") copy of the declaration "Gemeinsam für Toleranz und Integration" of the Runder
        Tisch der Religionen in Deutschland, Mainz, 1 December 2004 (Jewish, Christian, Muslim,
        Buddhist and Bahá'í leaders), cut by the corpus inside the first signature line ("Für den
        Nationalen Geistigen Rat der Bahá "). The page label is a paragraph, the declaration's
        title a Word heading 1, its motto a Word heading 2, every stored paragraph a Word
        paragraph; the stored text's empty lines and one paragraph holding only a space (before
        "Mainz, am 1. Dezember 2004") are not paragraphs; spelling kept ("Rundes Tisches",
        "einschießlich", "Deutschland ,").
  ux08  jcrelations.net (Spanish) page with the "Declaración de México" of the Consejo
        Episcopal Latinoamericano (CELAM) and the Congreso Judío Latinoamericano (CJL),
        10 September 2008, cut by the corpus at "sin prejuicio ni violencia, justa,". The page
        title "Declaración de México" is a heading 1, the page lead a paragraph, the repeated
        title a heading 2, the byline ("Consejo Episcopal Latinoamericano (CELAM) y Congreso
        Judío Latinoamericano") and the place and date paragraphs, every stored paragraph a PDF
        paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ux05  DOCX: a paragraph (page label), a heading 1, a heading 2 (motto), eight paragraphs of
        the declaration (one a lead-in "Wir setzen uns deshalb dafür ein," whose bullets are not
        in the stored text), a place-and-date paragraph, one signature paragraph (cut).
  ux08  PDF: a heading 1, a lead paragraph, a heading 2, a byline paragraph naming the two
        bodies, a place-and-date paragraph, five paragraphs (the first repeating the lead; the
        last cut).

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
    "ux05_kokid-runder-tisch-religionen-erklaerung-toleranz": (
        "Erkl\u00e4rung des Rundes Tisches der Religionen: \u201eGemeinsam f\u00fcr Toleranz und"
        " Integration\u201c"
    ),
}
PDF: dict[str, str] = {
    "ux08_jcrelations-declaracion-de-mexico-celam-cjl": (
        "Declaraci\u00f3n de M\u00e9xico \u2013 Consejo Episcopal Latinoamericano (CELAM) y Congreso"
        " Jud\u00edo Latinoamericano"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
