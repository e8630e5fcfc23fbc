#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sh blind extraction set (sh01, sh03) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), exactly as held by
the stored web-page corpus (one final newline added); nothing was added, translated or
re-ordered, and no heading was invented (the document titles below are metadata only: sh01's
is the page heading held in another stored version of the same page, sh03's the page's address):

  sh01  ARCHE NOAH campaign page "Raise our forks" (mitmachen.arche-noah.at/en/raise-our-forks/):
        the European petition to EU decision makers on the new EU seed law (plant reproductive
        material), with its list of supporting organisations, each "Name (country code)", cut
        by the corpus inside the 31st item ("- O"). The stored text already marks the list
        items with "- ", which the shared builder turns into Word "List Bullet" paragraphs
        (the "- " marker itself is not part of the visible text).
  sh03  EDC-Free Europe news item "Over 100,000 Europeans call to ban glyphosate" (December
        2015): 16 public interest organisations hand a petition to the European Commission;
        the organisations named in two sentences of the first paragraph; the post signed
        "Post provided by PAN Europe and HEAL". Whole stored text (1,485 characters).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sh01  DOCX: two paragraphs (the appeal), a cue paragraph "The petition is supported by:",
        then 31 bulleted paragraphs, one organisation each (the last one the cut fragment "O").
  sh03  PDF: five paragraphs on one page (the first with the two-sentence list of the 16
        organisations; the last the line "Post provided by PAN Europe and HEAL").

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
    "sh01_archenoah-raise-our-forks-seed-law-petition-supporters": (
        "Raise our forks for diversity! Petition on the EU seed law"
    ),
}
PDF: dict[str, str] = {
    "sh03_edcfree-16-organisations-glyphosate-petition-commission": (
        "Over 100,000 Europeans call to ban glyphosate"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
