#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xj blind extraction set (xj06, xj07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), exactly as held by
the stored web-page corpus (its " date ..." prefix kept, nothing added or removed):

  xj06  The Crescent-News (Defiance, Ohio) copy of the joint announcement of November 2022 by the
        United Farm Workers, the UFW Foundation, PCUN and LUPE: more than 60 farm worker members
        travel to Washington before Thanksgiving to push the Farm Workforce Modernization Act. The
        corpus window ends inside a quote ("Despite all"). Every stored line is a PDF paragraph;
        the first one starts with the corpus's " date 2022-11-19" prefix and holds the signer
        sentence.
  xj07  El Nuevo Día (Puerto Rico) report of September 2019: feminist organisations and two
        parties present their proposals and repeat their demand that Governor Wanda Vázquez
        Garced declare a state of emergency over gender violence; the proposals "fueron
        desarrolladas por" seven named organisations. The corpus window ends inside a quote ("es
        un"). Every stored paragraph is a Word paragraph (no heading: the stored text has no
        headline; the document title in the core properties is the article's title as its
        address gives it).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xj06  PDF: eight paragraphs (the dateline paragraph with the inline list "The A (X), the B,
        C (Y) and D (Z) announced ...", then quotes and their "said ..." attributions, cut).
  xj07  DOCX: seven paragraphs (lead; a quote "..., expresó Name del Org."; two paragraphs on
        next steps and on the proposals' axes; a quote "..., señaló Name del Org."; the paragraph
        "Las propuestas ... fueron desarrolladas por A, B, ..., el F (X) y el G (Y)."; a cut
        final quote).

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
    "xj07_elnuevodia-organizaciones-feministas-estado-emergencia": (
        "Piden que se declare un estado de emergencia por la violencia de género en la isla"
    ),
}
PDF: dict[str, str] = {
    "xj06_crescent-news-ufw-pcun-lupe-farm-workforce-act": (
        "Essential farm workers travel to D.C. before Thanksgiving to push compromise agriculture"
        " bill"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
