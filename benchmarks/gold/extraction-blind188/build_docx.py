#!/usr/bin/env python3
"""Build the DOCX document of the fx blind extraction set (fx06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of an allAfrica news item of 30 May 2022 (Sudan) as the stored
web-page corpus returns it (see ``sources.csv``): the corpus's " date 2022-05-30 " prefix
left out, the four paragraphs kept as written, the line "Signatories:" made a Word
heading 2 and each of the 18 whole signatory lines (one a line in the source) a
"List Bullet" paragraph; the 19th line, cut by the stored window after "A pla", is left
out. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fx06  DOCX: a news report on 26 Sudanese bodies abroad forming "The United Sudanese
        Revolutionary Forces Abroad" after the October 2021 coup: four paragraphs (one
        quoting the statement), then a heading 2 "Signatories:" and 18 Word bullet
        paragraphs, one body or group a bullet, some with a place written into the name
        ("... in Queensland, Australia", "... in Belgium", "... in Washington").

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "fx06_allafrica-26-sudanese-bodies-abroad-signatories": (
        "The United Sudanese Revolutionary Forces Abroad"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
