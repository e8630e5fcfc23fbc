#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the us blind extraction set (us02, us04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about its first 2,000 bytes; both are cut by that window):

  us02  The Guardian (theguardian.com, Society, 7 July 2016), "Disabled people's rights in the
        home and in the wider nation": the page's first multi-signatory letter, in which
        Habinteg, Age UK, Disability Rights UK and other housing, ageing and disability bodies
        call for more accessible homes; the signatures are "Name Office, Organisation" lines with
        no comma between name and office, cut by the corpus inside the thirteenth ("Steve
        Edwards Chie"). The page title is a heading 1; the two letter teasers, the picture's alt
        text and its caption, the two letter paragraphs and each signature line are PDF
        paragraphs.
  us04  Sordionline (sordionline.com, December 2021): the open letter to the Italian
        institutions for the International Day of Persons with Disabilities, launched by
        Egalite (Dario Dongo) and Genitori Tosti (Alessandra Corradi) and handed to the deputy
        Lisa Noja; "L'elenco dei firmatari :" then one "Name - Organisation" line per signer (en
        dash), one organisation name broken over two lines by the source. The stored text has no
        headline, so the DOCX has no heading: every stored line is a Word paragraph (the broken
        name stays in two paragraphs, as stored).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  us02  PDF: a heading 1, four short paragraphs (two teasers, alt text, caption), two letter
        paragraphs, thirteen signature paragraphs (the last cut).
  us04  DOCX: a dateline paragraph, four paragraphs of the news text, the cue paragraph
        "L'elenco dei firmatari :", twelve paragraphs for the eleven signers (the fifth signer's
        organisation runs on into a paragraph "Architettoniche)"), a contact paragraph and the
        cut sign-off "Alessandra Corradi, President".

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
    "us04_sordionline-lettera-aperta-disabilita-firmatari": (
        "Una lettera aperta per la giornata dei diritti delle persone con disabilit\u00e0"
    ),
}
PDF: dict[str, str] = {
    "us02_guardian-accessible-homes-letter-habinteg": (
        "Disabled people\u2019s rights in the home and in the wider nation"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
