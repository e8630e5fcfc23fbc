#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xr blind extraction set (xr03, xr09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 characters of each page; both are cut by that
window inside a word, and the cut is kept). The corpus's leading ' date ... ' metadata marker
is left out of both (not page text); the blank lines between stored paragraphs are dropped.

  xr03  Modern Ghana news of 26 March 2018: the Right to Information (RTI) Action Campaign
        Group (Ghana Integrity Initiative, Ghana Anti-Corruption Coalition, A-Partners @Law,
        Occupy Ghana, IMANI Ghana "etc") welcomes the laying of the RTI Bill in Parliament; the
        page then starts the attached joint statement of the RTI Coalition and the RTI Action
        Campaign Group. The statement's all-capitals title became a Word heading 2, every other
        stored paragraph a Word paragraph. No headline is stored: the document title property
        is rebuilt from the URL slug ("RTI Coalition commends govt but").
  xr09  Journal du Cameroun (French) of June 2020: the joint declaration of the Syndicat
        national des journalistes du Cameroun (SNJC) and the Cameroon Association of English
        Speaking Journalists (CAMASEJ) on the death in detention of the journalist Samuel
        Wazizi. The by-line paragraph "Par le ... (SNJC) et l'Association ... (..., Camasej)"
        comes first, the declaration's title became the PDF heading 1, every other stored
        paragraph a PDF paragraph (the four demands keep their leading en dash, drawn as text,
        not as builder bullets).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xr03  DOCX: nine paragraphs (the sixth names the campaign group's members inline), a heading
        2 (the statement's title), one paragraph (cut at 'in Par').
  xr09  PDF: a by-line paragraph naming the two unions, a heading 1, six paragraphs, the cue
        "Devant une telle inhumanité et barbarie, le collectif :" and four en-dash paragraphs
        (the last one cut at 'un blanc-s').

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
    "xr03_modernghana-rti-action-campaign-group-rti-bill-statement": (
        "RTI Coalition commends govt but"
    ),
}
PDF: dict[str, str] = {
    "xr09_journalducameroun-declaration-conjointe-snjc-camasej-wazizi": (
        "D\u00e9claration conjointe SNJC-CAMASEJ \u00e0 propos du d\u00e9c\u00e8s de Samuel Wazizi"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
