#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jm blind extraction set (jm05, jm10) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

jm05 is the real text of the open letter "AI vraagt om politieke keuzes \u2013 nu" as kept in the
public repository michielbakker/aiplan-nl (src/pages/Article.tsx, commit 7bdbe472, see
``sources.csv``): the JSX page's headline became the Word heading 1, the byline, the date and
every paragraph of the letter a Word paragraph (link texts kept, markup and the "EN"
translation button left out), the call-to-action box ("Steun deze oproep") and the "Over ons"
box Word headings 2 with their paragraphs and button labels. The page's signatory block is a
React component that loads its names at run time, so no signatory list follows.

jm10 is the real text of a stored web page of lavigerie.be (the Missionaries of Africa in
Belgium) reporting the COVID 12-12 appeal of the Consortium 12-12, as held by the stored
web-page corpus: the headline a PDF heading, each stored line a paragraph, the five priority
sectors (one a line in the source) bullets, the site's footer lines kept.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  jm05  DOCX: heading 1, a byline paragraph naming four authors, a date, seven paragraphs,
        heading 2 "Steun deze oproep" with a paragraph and a button label, heading 2
        "Over ons" with a paragraph and two button labels; no list.
  jm10  PDF: a heading, three paragraphs (the seven organisations inside one sentence between
        two dashes), a photo credit, a paragraph, five bullets and nine footer lines.

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
    "jm05_aiplan-open-brief-ai-politieke-keuzes-nu": "AI vraagt om politieke keuzes – nu",
}
PDF: dict[str, str] = {
    "jm10_lavigerie-consortium-12-12-oproep-covid": "Humanitaire organisaties lanceren oproep COVID 12-12",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
