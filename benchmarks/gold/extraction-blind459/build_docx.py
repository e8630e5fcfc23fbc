#!/usr/bin/env python3
"""Build the PDF documents of the qz blind extraction set (qz01, qz02) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) through the shared builder ``gold_docs.py`` (fixed creation date: two builds give
identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (both cut by the corpus window):

  qz01  the Climate Mayors' statement of 1 June 2017 on the US withdrawal from the Paris
        Agreement (medium.com/@ClimateMayors). The stored headline became the PDF heading 1
        (the corpus's leading " date 2017-06-01" kept as a paragraph "date 2017-06-01"),
        the statement's title a heading 2, each stored line a paragraph; the signers are
        two-line items "Mayor Name" / "City of X, ST", with a page break inside the list
        (after the sixth signer). The last item is cut by the window ("Mayor Terence
        Roberts" / "City").
  qz02  the Los Angeles mayor's office post of 1 July 2019 (lamayor.org): Mayor Garcetti
        leads a coalition of mayors calling on Congress to pass the Ending Homelessness Act;
        the supporting mayors in one inline sentence "City Mayor Name; ...". Each stored
        paragraph is a PDF paragraph, no heading (the stored text has none); the last
        paragraph is cut by the window.

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

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "qz01_medium-climate-mayors-paris-agreement-statement": (
        "180 US Climate Mayors commit to adopt, honor and uphold Paris Climate Agreement goals"
    ),
    "qz02_lamayor-garcetti-coalition-mayors-ending-homelessness-act": (
        "Mayor Garcetti leads coalition of mayors calling for federal action to confront "
        "homelessness crisis"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
