#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vg blind extraction set (vg02, vg05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vg02  Canadian Medical Association (cma.ca) letter of a federal election campaign (no date
        in the stored text) to the Canadian Debate Production Partnership, asking for health
        and health care as a distinct category of the leaders' debates, signed by the
        presidents of the CMA, the Canadian Nurses Association and the Canadian Association of
        Social Workers and by a signer for the College of Family Physicians (Canada), then a
        list of the debates commissioner and five journalists with their outlets, cut by the
        corpus inside that list. Every stored line is a PDF paragraph (the site header
        "Canadian Medical Association" included; the list keeps its stored "  • " bullets as
        text).
  vg05  News item of inflib.com (a French site for nurses): nine French unions
        signed a joint press release against the pressure of the Ordre national des infirmiers
        (ONI) and are received at the ministry; the signers are given only in the footnote
        "* Il s'agit de : A, B, ... et I." The headline became the Word heading 1, each stored
        paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vg02  PDF: the site header paragraph, four letter paragraphs, four signature paragraphs
        "Title Name, post-nominals, Office, Organisation" (the fourth without office), six
        bullet-text paragraphs of the copy list (cut).
  vg05  DOCX: a heading 1, four paragraphs of the news item, the footnote paragraph naming the
        nine signers inline.

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
    "vg05_inflib-front-commun-syndicats-infirmiers-oni": (
        "Front commun contre l\u2019ONI : les syndicats re\u00e7us au minist\u00e8re"
    ),
}
PDF: dict[str, str] = {
    "vg02_cma-health-leaders-letter-debate-partnership": (
        "letter-canadian-debate-production-partnership"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
