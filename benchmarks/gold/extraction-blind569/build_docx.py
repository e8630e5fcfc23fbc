#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vm blind extraction set (vm05, vm09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vm05  Scribd copy of the "Declaración Amazónica frente a la emergencia sanitaria y social mundial
        por el COVID-19" of 31 March 2020, issued by COICA (Coordinadora de las Organizaciones
        Indígenas de la Cuenca Amazónica) and its nine national member organisations, listed one a
        line as "ACRONYM, Full name"; cut by the corpus inside the list of international
        instruments. The Scribd page line ("Está en la página 1de 5") is kept; "DECLARACIÓN
        AMAZONICA" became a heading 1 and the two lines of the sub-title headings 2; every other
        stored line is a PDF paragraph (the hard line breaks of the original PDF kept).
  vm09  Folket i Bild (old.fib.se) repost of a 2013 debate article from Norrländska
        Socialdemokraten (NSD) by the chairs of Svenska Samernas Riksförbund and Svenska
        FN-förbundet and the head of the Saami Council's human rights unit: "Minerallagen måste
        skärpas efter FN-kritik" (the Gállok mine, the UN Special Rapporteur's report). The whole
        short stored text, its three stored lines as three Word paragraphs; the authors' line
        ("Name ordförande i Organisation, ...") opens the first paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vm05  PDF: a paragraph (Scribd page line), a heading 1, two headings 2, the two-line lead
        ("La Coordinadora ... (COICA) y sus" / "organizaciones miembros ...:") as two paragraphs,
        nine paragraphs "ACRONYM, Name", the resolution line, "Considerando:" and the cut
        "Que, ..." paragraphs ending with one "❖ ..." line.
  vm09  DOCX: three Word paragraphs (authors and first part of the article; the UN report
        paragraph; the headline run together with the quoted closing part), no heading.

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
    "vm09_fib-ssr-sameradet-fn-forbundet-minerallagen-fn-kritik": (
        "Minerallagen m\u00e5ste sk\u00e4rpas efter FN-kritik"
    ),
}
PDF: dict[str, str] = {
    "vm05_scribd-coica-declaracion-amazonica-covid-19": (
        "Declaraci\u00f3n Amaz\u00f3nica frente a la emergencia sanitaria y social mundial por el"
        " COVID-19"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
