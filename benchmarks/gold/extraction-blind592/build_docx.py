#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wj blind extraction set (wj03, wj05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, each cut by the corpus's 2,000-byte window:

  wj03  Scribd (Spanish interface) copy of the joint letter of 22 February 2016 from the
        Congress of Aboriginal Peoples (CAP) and the Native Women's Association of Canada (NWAC)
        to Ontario Premier Kathleen Wynne about their exclusion from the First Ministers'
        meeting on climate change with First Nations, Inuit and Metis leaders. The stored text
        keeps the hard line breaks of the original PDF letter and drops some characters
        ('Mtis', 'Womens', 'Queens Park', 'Nation-toNation'); it begins with the viewer's page
        line 'Está en la página 1de 2' and ends inside the letter at 'Indigenous Peoples in
        Canada. '. Every stored line is one PDF line (paragraph); empty lines are dropped.
  wj05  docslib.org copy of the letter of 29 June 2020 written on behalf of the Uniting First
        Peoples Alliance, the Uniting Aboriginal and Islander Christian Congress (UAICC) and
        UnitingCare Australia to Prime Minister Scott Morrison on First Peoples' justice and
        Closing the Gap. The stored text has lost the politicians' names ('The Hon MP Prime
        Minister', 'action from the to tackle') and e-mail addresses ('[email protected]');
        it ends inside the letter at 'Pathways to Justice'. Each stored paragraph (letterhead,
        date, address block, CC block, salutation, three body paragraphs) is one Word
        paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wj03  PDF: 28 plain paragraphs, one per stored line (viewer line, addressee block,
        'CONFIDENTIAL', date, salutation, the letter's wrapped lines; the signers named in
        the line pair 'As you are aware, the Congress of Aboriginal Peoples (CAP) and the
        Native Womens Association of' / 'Canada (NWAC) are officially recognized ...').
  wj05  DOCX: 8 plain Word paragraphs (letterhead 'c/o UnitingCare Australia ...', date,
        addressee, 'Cc: ...', 'Dear Prime Minister', and three body paragraphs, the first
        'We are writing on behalf of A, the B (UAICC), and C, to call for ...'); no heading.

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
    "wj05_docslib-unitingcare-uaicc-letter-pm-first-peoples-justice": (
        "29 June 2020 - Letter to the Prime Minister from the Uniting First Peoples Alliance,"
        " UAICC and UnitingCare Australia"
    ),
}
PDF: dict[str, str] = {
    "wj03_scribd-cap-nwac-joint-letter-wynne-first-ministers-meeting": (
        "Aboriginal groups disappointed by lack of invite to first ministers meeting"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
