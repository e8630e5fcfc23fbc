#!/usr/bin/env python3
"""Build the DOCX document of the gx blind extraction set (gx02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one folder up: fixed creation dates and zip timestamps, two
builds give identical bytes).

The text is the real text of the D66 news item of June 2023 "Politiek en publieke
organisaties vormen gezamenlijk front tegen agressie en geweld" (d66.nl/nieuws/
gezamenlijk-front-tegen-agressie-en-geweld/, see ``sources.csv``): the title, the lead and
the body. The stored web page holds the title, lead and body up to "De Nederlandse Poli"; the
rest of the body (the whole signatory paragraph) was taken from a verbatim copy of the same
article kept in a public GitHub SQL dump (``nieuws`` table, row 2), whose ``\\r\\n``
paragraph breaks became paragraph ends. The title became the Word heading 1, the two section
headings of the page ("Het manifest", "Ondertekenaars"; written with a trailing colon in the
dump) Word headings 2. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  gx02  DOCX: a heading, a lead paragraph ("25 ondertekenaars"), two news paragraphs with a
        quote of the initiator, heading 2 "Het manifest" and a paragraph, heading 2
        "Ondertekenaars" and ONE paragraph holding two inline lists: eleven organisations
        "De Name (ACRONYM), ..., X en Y" then twelve party names and one member of
        parliament "VVD, D66, ..., GOUD en Lid Gündoğan".

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py = benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "gx02_d66-manifest-agressie-geweld": (
        "Politiek en publieke organisaties vormen gezamenlijk front tegen agressie en geweld"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
