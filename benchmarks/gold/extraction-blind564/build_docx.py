#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vh blind extraction set (vh05, vh07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vh05  Ahl Masr News (ahlmasrnews.com) report in Arabic on the statement of six Eritrean
        opposition organisations in exile against the crossing of Ethiopian troops into Eritrea;
        the issuing organisations are named inline after "وأصدر البيان منظمات:", cut by the
        corpus inside the quoted statement (1,999 bytes). The headline line that the page
        repeats inside the text ("بيان عن منظمات إريترية معارضة ...") became a Word heading 2,
        every other stored paragraph a Word paragraph.
  vh07  Moatinoon (moatinoon.com) English article of April 2024: sixteen American and Sudanese
        NGOs announce a march in Washington and a petition asking President Biden to speak out
        on Sudan; fifteen of them named in one sentence ("The list of organizations includes
        ..."). The headline became a PDF heading 1, every stored paragraph a PDF paragraph
        (the empty first line and the empty lines between paragraphs are not rendered).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vh05  DOCX: two paragraphs (the second "وأصدر البيان منظمات: A، وB، ..."), a heading 2 (the
        repeated headline), four paragraphs of the quoted statement (the last cut).
  vh07  PDF: a heading 1, five paragraphs (the fourth the inline list of fifteen
        organisations), a closing paragraph "Photo Gallery".

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
    "vh05_ahlmasrnews-six-eritrean-opposition-organizations-statement-ar": (
        "\u0628\u064a\u0627\u0646 \u0639\u0646 \u0645\u0646\u0638\u0645\u0627\u062a"
        " \u0625\u0631\u064a\u062a\u0631\u064a\u0629 \u0645\u0639\u0627\u0631\u0636\u0629"
        " \u064a\u062d\u0630\u0631 \u0645\u0646 \u062f\u062e\u0648\u0644 \u0642\u0648\u0627\u062a"
        " \u0625\u062b\u064a\u0648\u0628\u064a\u0629 \u0644\u0625\u0631\u064a\u062a\u0631\u064a\u0627"
    ),
}
PDF: dict[str, str] = {
    "vh07_moatinoon-american-sudanese-organizations-march-speak-out-on-sudan": (
        "March in Washington Calls on President Biden to Speak Out on Sudan"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
