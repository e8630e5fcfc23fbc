#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the iz blind extraction set (iz04, iz06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  iz04  PDF from atmf.org (Association des Travailleurs Maghrébins de France, Paris): the
        call of the Institut Mehdi Ben Barka \u2013 Mémoire Vivante and the SNES \u2013 FSU to a rally
        in memory of Mehdi Ben Barka (29 October 2010), with the "Avec le soutien de :
        (premiers signataires)" list as one long paragraph, cut by the corpus after
        "Nouveau Parti Anticapitaliste". The site header lines are paragraphs, the call's
        title a heading 1, the two "* " questions PDF bullets ("• "), the empty lines and
        the final trailing space left out.
  iz06  DOCX from voadiaspora.com: the open letter of 28 July 2021 of the Coalition des
        Organisations de la Diaspora Haïtienne (COODAH) to the Haitian political class and
        civil society: the title a Word heading 1, each stored line a Word paragraph
        ("Pour Authentication:" then five names, one a paragraph), the twelve "Cc:"
        addressees a Word bullet list (List Bullet).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "iz06_voadiaspora-coodah-lettre-ouverte-classe-politique": (
        "Lettre ouverte à l’attention de la classe politique haïtienne et de la société civile"
    ),
}
PDF: dict[str, str] = {
    "iz04_atmf-rassemblement-mehdi-ben-barka-soutiens": (
        "Rassemblement à la mémoire de Mehdi Ben Barka"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
