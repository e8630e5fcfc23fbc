#!/usr/bin/env python3
"""Build the DOCX document of the ds blind extraction set (ds08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in ds08):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ds08  DOCX: a press statement of the Izmir Bar Association site ("BASINA ve / KAMUOYUNA",
        June 2013, the Gezi protests in Izmir) calling on protesters to stay peaceful and on
        the police, the governor's office and the prosecutor to act; no cue: the four signers
        close the text as one hyphen-separated signature line that the source wraps in the
        middle of a name ("IZMIR BAROSU-IZMIR TABIP" / "ODASI - TMMOB-TTB MERKEZ KONSEYI"),
        so one signer is split over two Word paragraphs. The source's short line breaks
        inside sentences are kept, one Word paragraph each.

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
    "ds08_izmirbarosu-basina-kamuoyuna-2013": "BASINA ve KAMUOYUNA",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
