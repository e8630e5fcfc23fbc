#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xp blind extraction set (xp06, xp09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 characters of each page; both are cut by that
window inside a sentence, and the cut is kept):

  xp06  Southwark Council (southwark.gov.uk) news item of 12 July 2024: the joint open letter of
        council landlords and social housing bodies to the Deputy Prime Minister and Secretary of
        State for Housing, Angela Rayner, asking for a roundtable on social housing finance. The
        page title became the Word heading 1, the sub-title ("An unprecedented coalition ...") and
        the letter's subject line ("Meeting request - ...") Word headings 2, every other stored
        paragraph a Word paragraph (the date line, the lead, the sentence naming the signing
        bodies, "To:", "Date:", "Dear Angela," and the letter's first paragraphs). The list of
        signing organisations announced by the page is beyond the stored window.
  xp09  Charity Times news of 2022: a coalition of 70 charities and community groups writes to
        the two Conservative leadership contenders on the cost of living and energy bills. The
        headline became the PDF heading 1, every stored paragraph a PDF paragraph (the two
        sentences naming the coalition's members, the quoted letter, the Save the Children
        quote cut by the window).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xp06  DOCX: a heading 1, a date paragraph, a heading 2 (sub-title), four paragraphs (the
        second and third name the signers inline), "To:" and "Date:" paragraphs, "Dear Angela,",
        a heading 2 (subject line), three letter paragraphs (the last one cut).
  xp09  PDF: a heading 1 and twelve paragraphs (the second and third name the coalition's
        members inline; the last one cut).

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
    "xp06_southwark-joint-open-letter-rayner-social-housing": (
        "Joint open letter to Deputy Prime Minister, Angela Rayner"
    ),
}
PDF: dict[str, str] = {
    "xp09_charitytimes-70-charities-letter-next-pm-cost-of-living": (
        "Charity coalition calls on next PM to tackle cost of living \u2018national emergency\u2019"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
