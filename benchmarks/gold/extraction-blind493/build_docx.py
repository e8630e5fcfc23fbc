#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sp blind extraction set (sp07, sp08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  sp07  CIVICUS (civicus.org, French pages) statement at the 44th session of the UN Human Rights
        Council, interactive dialogue with the Commission of Inquiry on Burundi (2020): "CIVICUS
        et les organisations indépendantes de la société civile burundaise saluent ...", cut by
        the corpus inside the fourth paragraph of the statement. The stored title became the PDF
        heading 1, the two stored sub-titles ("Déclaration à la 44e session ...", "Dialogue
        interactif avec la Commission d'enquête ...") headings 2, every stored paragraph a PDF
        paragraph (trailing spaces kept).
  sp08  Lawyers for Lawyers (lawyersforlawyers.org) page on the joint oral statement on Egypt
        delivered by the Cairo Institute for Human Rights Studies (CIHRS) with Lawyers for Lawyers
        and other NGOs at the 46th session of the Council (2021); the whole stored text (no
        headline in it). The stored line "The statement reads as follows:" became a Word heading
        2, every other stored line a Word paragraph; the document title (core properties only,
        not in the visible text) is taken from the page address ("joint oral statement to human
        rights council on egypt").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sp07  PDF: a heading 1, two headings 2, then five paragraphs ("Je vous remercie, Madame la
        Présidente ;", the CIVICUS paragraph, two further paragraphs, the last one cut).
  sp08  DOCX: one lead paragraph naming CIHRS and Lawyers for Lawyers, a heading 2 "The
        statement reads as follows:", then five paragraphs of the statement.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 16, 12, 0, 0)

DOCX: dict[str, str] = {
    "sp08_lawyersforlawyers-cihrs-joint-oral-statement-egypt-hrc46": (
        "Joint oral statement to Human Rights Council on Egypt"
    ),
}
PDF: dict[str, str] = {
    "sp07_civicus-burundi-declaration-cdh44-commission-enquete": (
        "Burundi: Les violations généralisées des droits de l'homme persistent"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
