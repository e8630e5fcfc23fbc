#!/usr/bin/env python3
"""Build the DOCX document of the dc blind extraction set (dc02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in dc02: its own list lines begin
with two spaces and a bullet character, not with "- ", so they stay plain paragraphs):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  dc02  DOCX: a Sivil Sayfalar news item (25 August 2020) on the joint call of 55 ecology
        NGOs against the "Yesil Yol" (Green Road) highland road project in the Black Sea
        region: five demands as bullet paragraphs, then "Cagrida bulunan STK'lar soyle:" and
        the signers one a paragraph ("  * -Name"), the list cut by the stored window after
        22 names.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "dc02_sivilsayfalar-ekoloji-orgutleri-yesil-yol-cagrisi": (
        "Ekoloji Örgütlerinden ‘Yeşil Yol’ Çağrısı"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
