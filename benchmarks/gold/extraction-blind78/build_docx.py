#!/usr/bin/env python3
"""Build the DOCX document of the seventy-eighth blind extraction set (br series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of one stored public web page (see ``sources.csv``); only paragraph breaks and one heading mark
(the page's standfirst, its first line) were turned into document structure. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  br05  DOCX: a Milan local news item (mi-lorenteggio.com, 1 February 2021) on the appeal of
        more than 20 Milanese civil-society groups to close the CPR (immigration detention
        centre) of via Corelli; after "L'appello e' firmato da:" the signers follow in two
        plain paragraphs, each one run of names separated by en dashes: the first opens with
        the group label "Per Comitato Milanese Io Accolgo:" and ends with a full stop, the
        second has no label and no final full stop; the standfirst is a Heading 1.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "br05_milorenteggio-chiudere-cpr-corelli": (
        "Milano, 20 realta della societa civile milanese: chiudere il CPR di via Corelli"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
