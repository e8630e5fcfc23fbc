#!/usr/bin/env python3
"""Build the DOCX document of the blind extraction set cp (cp01-cp10) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of one stored public web page (see ``sources.csv``); only its line breaks were
turned into document structure (one Word paragraph a line, empty lines dropped). Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  cp01  DOCX: a Gazete Duvar item (gazeteduvar.com.tr, 10 August 2020) on the statement
        "Istanbul Sozlesmesi Yasatir" (Istanbul Convention saves lives) of 26 Turkish civil-society organisations and
        initiatives against leaving the Istanbul Convention; after the cue "... 26 sivil
        toplum örgütü ve sivil girişim şu şekilde:" the signers follow as plain Word
        paragraphs, mostly one name a paragraph ending in a comma, two paragraphs holding two
        names each ("Daktilo 1984, Demokrasi İçin Birlik (DİB),"); no bullets, no heading.
        The stored text, and so the document, ends inside the twelfth name ("... (DGD) Pla").

    /work/venv/bin/python build_docx.py

``gold_docs`` is imported from the directory above this set (``benchmarks/gold/``); while the
set is collected outside the repository a copy of it lies next to this file.
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
    "cp01_gazeteduvar-26-stk-istanbul-sozlesmesi": (
        "26 STK’dan açıklama: İstanbul Sözleşmesi’ni uygulayın"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
