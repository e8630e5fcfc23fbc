#!/usr/bin/env python3
"""Build the DOCX document of the eightieth blind extraction set (bt series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is
the real text of one stored public web page (see ``sources.csv``); only paragraph breaks
and the page's leading "- " dash (turned into a Word "List Bullet" paragraph) were turned
into document structure, and the leading space of the first line was dropped. Nothing
here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  bt09  DOCX: an Italian news-agency item (agenzianova.com, February 2023) on the joint
        note of the CGIL, CISL and UIL (signed by one leader of each) opening a fund-raiser
        for the victims of the Turkey-Syria earthquake; the three signers appear only inside one long
        "List Bullet" paragraph, as "firmata da <person> della <union>, <person> della
        <union> e <person> della <union>" and again as "Cgil, Cisl, Uil"; the first
        paragraph is the agency's date and copyright line. No heading.

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
    "bt09_agenzianova-cgil-cisl-uil-sisma-turchia-siria": (
        "Turchia-Siria: Cgil, Cisl, Uil raccolta fondi per aiutare popolazioni colpite da sisma"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
