#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the so blind extraction set (so09, so10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  so09  Sangam.org (Ilankai Tamil Sangam) page of September 2016: "Concerns of the Tamil
        Community in Relation to the Transitional Justice Process", the letter of Tamil
        civil society organisations handed to the UN Secretary General in Colombo on
        2 September 2016, as stored: the title, the occasion line, "Press Release/local news",
        then "About the signatory organisations:" with one descriptive paragraph a signatory
        ("Name (ACRONYM): description" or "Name (ACRONYM) is ..."), cut by the corpus at the
        start of the fifth item ("Tamil Civil Society").
  so10  Labour Education Foundation (lef.org.pk, Pakistan) news page of October 2008: the
        "Trade Union Action Committee for Minimum Wage" launches its campaign for the
        Rs. 6,000 minimum wage at the Lahore Press Club; the speakers are listed one a
        paragraph as "Name, Office, Organisation", cut by the corpus inside the last
        sentence ("passed on a warn").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  so09  PDF: a heading 1 (title), two paragraphs (occasion; "Press Release/local news"),
        a heading 2 "About the signatory organisations:", five paragraphs (four signatory
        descriptions and the cut fragment).
  so10  DOCX: a paragraph "Trade Unions" (site section), a heading 1 (headline), a heading 2
        (the quoted committee name "launched the campaign"), six speaker paragraphs (the first
        starting "Speakers: "), two body paragraphs (the second cut).

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
    "so10_lef-trade-union-action-committee-minimum-wage": (
        "Implementation of the Rs. 6,000 per month minimum wage for unskilled workers demanded"
    ),
}
PDF: dict[str, str] = {
    "so09_sangam-tamil-community-transitional-justice-letter-un": (
        "Concerns of the Tamil Community in Relation to the Transitional Justice Process"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
