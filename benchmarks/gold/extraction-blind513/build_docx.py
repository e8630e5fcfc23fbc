#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tk blind extraction set (tk03, tk05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tk03  KTOEÖS (Kibris Türk Orta Eğitim Öğretmenler Sendikasi, Turkish Cypriot secondary
        teachers' union) news of January 2013, "Ortak Mücadele Karari Alindi": the parties,
        chambers and unions meeting at KTOEÖS on 8 January 2013 agree on joint action against
        the UBP government and the AKP's impositions; the participants follow in two
        paragraphs of comma-separated names with acronyms, with no cue; cut by the corpus
        inside the second paragraph. The headline became the Word heading 1, the page
        counters "0" and "103" and every stored paragraph a Word paragraph (blank lines
        dropped, the source's double spaces and trailing spaces kept).
  tk05  Middle East Press Releases copy (27 February 2019) of the joint statement of human
        rights organisations in Turkey, "We are Together Against the Attempt to Eliminate
        Civil Society", after the Gezi indictment of Osman Kavala and 15 others; the ten
        signing organisations follow a colon in one sentence; cut by the corpus inside the
        quoted statement. The headline became the PDF heading 1, the three post-meta lines
        ("  • admin", date, "Comments Off on ...") PDF bullets, the quoted sub-title
        "“Gezi Park protests is not a crime”" a heading 2, every other stored paragraph a
        PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tk03  DOCX: a heading 1, two paragraphs "0" and "103", two lead paragraphs, a paragraph of
        12 parties / chambers / associations, a paragraph of unions (cut at "Sağlik
        Çalişanlari Sendikasi").
  tk05  PDF: a heading 1, three bullets, five paragraphs (the fourth "Ten human rights
        organizations ... have signed the document ... so far: A, B (X), ..., J."), a
        heading 2, three paragraphs (the last cut at "has been lau").

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
    "tk03_ktoeos-ortak-mucadele-karari-orgutler": "Ortak Mücadele Kararı Alındı",
}
PDF: dict[str, str] = {
    "tk05_middleeastpressreleases-rights-defenders-kavala-joint-statement": (
        "JOINT STATEMENT BY RIGHTS DEFENDERS: \u2018We are Together Against the Attempt to"
        " Eliminate Civil Society\u2019"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
