#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the st blind extraction set (st04, st06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  st04  PH Mundial (phmundial.com, Port Harcourt, Nigeria) news of January 2025: Niger Delta
        civil society groups call for a halt to the planned resumption of oil extraction in
        Ogoniland; one sentence names the 21 groups that signed the press statement, each
        acronym joined to its name by a hyphen ("Miideekor Environmental Development
        Initiative-MEDI"). Cut by the corpus inside the closing quotation ("of Ogon").
  st06  GhanaWeb (Ghana) general news of 3 October 2021: fifteen renowned activists, lawyers
        and academics file a memorandum to Parliament against the anti-LGBTQ+ Bill; the
        individuals are listed one a paragraph, with titles, under "Below is a list of the
        renowned individuals against the anti-LGBTQ bill"; the corpus window ends after the
        eleventh name inside the twelfth ("Ak"). The corpus's leading metadata marker
        (" date 2021-10-03 ") is not part of the page's text and was left out.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  st04  PDF: the headline a heading 1, then every stored paragraph a PDF paragraph (four
        whole paragraphs and the cut fifth); the third paragraph is the "The statement was
        signed by A-X, B-Y, ..., and U-Z." sentence, wrapped over several lines.
  st06  DOCX: the dateline ("General News of Sunday, 3 October 2021") a Word paragraph, the
        three stored summary points ("• ...") Word bullets, four body paragraphs, the cue
        "Below is a list of the renowned individuals against the anti-LGBTQ bill" a Word
        heading 2, then the eleven names one a paragraph (titles kept as stored, "Professor
        Kwame KariKari." with its full stop, "Professsor" as misspelt) and the cut "Ak".

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
    "st06_ghanaweb-15-renowned-individuals-anti-lgbtq-bill-memorandum": (
        "The 15 renowned academics, lawyers who want the anti-LGBTQ Bill rejected by parliament"
    ),
}
PDF: dict[str, str] = {
    "st04_phmundial-ogoni-oil-extraction-csos-statement": (
        "Civil Societies Call for \u2018Halt to Planned Resumption of Oil Extraction in Ogoni\u2019"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
