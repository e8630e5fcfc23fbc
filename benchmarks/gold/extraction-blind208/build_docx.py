#!/usr/bin/env python3
"""Build the DOCX document of the gr blind extraction set (gr05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` in the parent folder (fixed
creation dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news page of openzambia.com as held by the stored web-page
corpus (see ``sources.csv``): the statement released jointly by the three Zambian church
mother bodies and the Zambia Centre for Interparty Dialogue (ZCID) on the national dialogue
process, its blank lines dropped and the leading spaces of its two numbered points removed.
The page's title became the Word heading 1; every other line (the introduction, the
statement, its two numbered points "1. That ...", the appeal, "For and on behalf of" and the
two signature lines "ACRONYMS - Title Name, Office") is a plain Word paragraph, as on the
page. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  gr05  DOCX: a heading, an introduction naming the issuers by acronym, the statement opening
        "We the leaders of the three Church Mother Bodies, namely: A (CCZ), B (EFZ) and C (ZCCB)
        and D (ZCID) ...", two numbered paragraphs, an appeal, then a signature block:
        "For and on behalf of" / "EFZ, CCZ and ZCCB - Bishop George C.Z. Lungu, Chairperson" /
        "ZCID - Mr. Nathan Mulonga, Board Chairperson".

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "gr05_openzambia-church-zcid-national-dialogue": ("Church and ZCID Agree on National Dialogue"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
