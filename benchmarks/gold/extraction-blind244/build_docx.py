#!/usr/bin/env python3
"""Build the DOCX document of the ib blind extraction set (ib05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (``benchmarks/gold/gold_docs.py``
in the repository, copied to the parent folder of this set; fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a Turkish news item of Beyaz Gazete (16 October 2019) as
held by the stored web-page corpus (see ``sources.csv``): the stored text whole, one
stored line a paragraph, its first line (the headline) made the Word heading 1. The stored
window stops mid-word ("bir ve beraber ol"); the last paragraph was kept as stored.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ib05  DOCX: a heading, then paragraphs: the dateline sentence, one paragraph naming the
        ten supporting organisations inline ("... a\u00e7\u0131klamaya, TSO, Kaman TSO, ..., Kamu
        Sen destek verdi."), then the declaration read by the president of Mucur TSO,
        with quotes; no list style, no table, no cue word such as "imzac\u0131lar".

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
    "ib05_beyazgazete-kirsehir-stk-baris-pinari-deklarasyon": (
        "STK Temsilcilerinden Ortak Deklarasyon"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
