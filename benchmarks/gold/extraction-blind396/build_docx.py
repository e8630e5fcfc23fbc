#!/usr/bin/env python3
"""Build the PDF document of the ol blind extraction set (ol10) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2, DejaVu fonts) through the shared builder ``gold_docs.py`` (fixed creation date:
two builds give identical bytes).

The text is the real text of a stored web page of the Frauenhaus beider Basel
(frauenhaus-basel.ch, see ``sources.csv``): the news item on the open letter of more than
170 organisations to Federal Councillor Karin Keller-Sutter against the cuts to the national
violence-prevention campaigns (Switzerland, 2024), as held by the stored web-page corpus (the
whole stored text, 921 characters). Each stored paragraph became one PDF paragraph, the
blank lines between them left out; the last line is the page's download link label
"Offener Brief_Lettre ouverte". The page title (known only from the address) is used as the
PDF's metadata title and is not printed. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  ol10  PDF: one A4 page, five body paragraphs (DejaVu Sans 10 pt), no heading; the signer
        is named inside the fourth paragraph ("... unterschrieben \u2013 so auch das Frauenhaus
        beider Basel.").

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

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "ol10_frauenhaus-basel-offener-brief-keller-sutter-gewaltpraevention": (
        "Gegen Budgetkürzungen bei der Gewaltprävention: Offener Brief an Bundesrätin Keller-Sutter"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
