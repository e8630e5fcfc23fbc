#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tc blind extraction set (tc09, tc10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each about its first 2,000 bytes, both cut by that window):

  tc09  Handicap International France news of 2018: "16 ONG dont Handicap International" write
        to President Emmanuel Macron on the war in Yemen (attacks on civilians, arms sales);
        only Handicap International is named among the sixteen signers. The page's skip link
        ("Go to main content") stays a paragraph, the headline became the heading 1, the
        stored sub-heading "Emmanuel Macron a le choix" a heading 2, the three stored "  • "
        lines PDF bullets, every other stored line (tags, photo caption and credit, the two
        ">>" download / interview links) a PDF paragraph. The text is cut by the corpus inside
        the last link ("directrice des opérations à Hand").
  tc10  microsyria.com copy of the joint submission of the Cairo Institute for Human Rights
        Studies and the Libyan human-rights associations' coalition to the UN Universal
        Periodic Review of Libya (50th session): "المنظمات المشاركة:" (participating
        organisations), then each organisation's name followed by a paragraph describing it.
        The report title became the Word heading 1, the two organisations' names and
        "مقدمة" (introduction) Word headings 2, every other stored line a Word paragraph; the
        text is cut by the corpus inside the first numbered paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tc09  PDF: a paragraph ("Go to main content"), a heading 1, two tag paragraphs, the lead
        paragraph ("16 ONG dont Handicap International ont écrit à Emmanuel Macron ..."), a
        photo caption and its credit line ("... | © Camille Gillardeau / HI"), a paragraph,
        three bullets, a heading 2, a paragraph, two ">>" link paragraphs (the last cut).
  tc10  DOCX (Arabic): a heading 1, two paragraphs (report type, session), the cue paragraph
        "المنظمات المشاركة:", a heading 2 and a description paragraph for each of the two
        organisations, a heading 2 "مقدمة" and one numbered paragraph (cut).

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
    "tc10_microsyria-cihrs-libya-coalition-upr-submission": (
        "\u062d\u0627\u0644\u0629 \u062d\u0642\u0648\u0642 \u0627\u0644\u0625\u0646\u0633\u0627\u0646"
        " \u0641\u064a \u0644\u064a\u0628\u064a\u0627"
    ),
}
PDF: dict[str, str] = {
    "tc09_handicap-international-16-ong-lettre-macron-yemen": (
        "Y\u00e9men : lettre \u00e0 Emmanuel Macron sur une guerre ignor\u00e9e"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
