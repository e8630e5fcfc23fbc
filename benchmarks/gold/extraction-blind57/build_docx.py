#!/usr/bin/env python3
"""Build the DOCX document of the fifty-seventh blind extraction set (aw series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of a stored public web page (see ``sources.csv``); only its line breaks were turned into
paragraphs, nothing was added. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  aw08  DOCX: an Italian campaign-site item (sbilanciamoci.info) on the national peace
        demonstration in Rome; the four promoting networks are named in one sentence after a
        colon ("promossa dalle principali reti del movimento per la pace: A, B, C (...), D."),
        one of them written as an acronym followed by its expansion in brackets, one as a
        hashtag; about 600 adhering groups are only counted. Two plain paragraphs.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold-aw/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "aw08_sbilanciamoci-manifestazione-pace-promotori": (
        "Sbilanciamoci!: la manifestazione nazionale per la pace a Roma"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
