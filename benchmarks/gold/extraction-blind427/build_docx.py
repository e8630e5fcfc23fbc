#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the pr blind extraction set (pr02, pr07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) or ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  pr02  wftucentral.org, "Nepal: attention letter to Israel embassy": the letter of the
        WFTU-affiliated trade union organisations of Nepal on the day of solidarity with the
        Palestinian people, signed by ten union leaders ("N. Office, ORG - Name"). Each stored
        line became a PDF paragraph; a page break was put after the fifth signer, so the list
        runs over two pages. The stored page has no headline in its text, so there is none
        here (the PDF title metadata is taken from the page's address).
  pr07  praca-by.info (news of 28 March 2019): the joint letter of the ITUC, IndustriALL,
        ETUC and IndustriAll Europe to Luc Devigne (EEAS) on the EU-Belarus partnership
        priorities. The headline became a Word heading 1, the letter's title a heading 2,
        each stored paragraph a Word paragraph; the text ends where the stored window ends
        ("... the level of Belarus' parti").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "pr07_praca-by-ituc-industriall-etuc-letter-eu-belarus-partnership": (
        "International organizations urge to stop criminalizing trade unions and their "
        "activities in Belarus"
    ),
}
PDF: dict[str, str] = {
    "pr02_wftucentral-nepal-unions-letter-israel-embassy-palestine": (
        "Nepal: attention letter to Israel embassy"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
