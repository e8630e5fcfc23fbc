#!/usr/bin/env python3
"""Build the DOCX document of the thirty-first blind extraction set (af series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of a public web page as held by the stored web-page corpus (see ``sources.csv``); only its line
breaks were turned into paragraphs. Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  af06  DOCX: a letter of the Puy-de-Dome inter-union committee (FSU 63 site) to the prefect,
        the rector and the academy inspector about the CPE protests (2006); four Word
        paragraphs, the first being only the eight signing organisations joined by spaced
        dashes ("CGT - CFDT - ... - FCPE"), the second starting the sentence they are the
        subject of ("soutiennent ces mouvements ...").

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 2, 12, 0, 0)

DOCX: dict[str, str] = {
    "af06_fsu63-intersyndicale-lettre-prefet-cpe": (
        "Lettre de l'intersyndicale du Puy-de-Dome au prefet, au recteur et a l'IA"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
