#!/usr/bin/env python3
"""Build the DOCX document of the thirteenth blind extraction set from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx). The text is the real text of a public statement
page (see ``sources.csv``); only page markup was turned into document structure.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1        ``## ...``  Heading 2
  ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  e03  DOCX: title, the heading "El deseo materno" and the manifesto's first paragraph,
       then the heading "19 colectivos ya han firmado el manifiesto ..." with 19 bullets
       (organisations) and the heading "517 personas ya han firmado el manifiesto ..."
       with the first 20 distinct names of the people list (bullets, "Surname, Name").

    /work/venv/bin/python build_docx.py

Two runs give identical bytes (fixed core-property dates and zip timestamps).
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 2, 12, 0, 0)

DOCX: dict[str, str] = {
    "e03_manifiesto-maternidad-colectivos-firmantes": "Manifiesto por las madres (colectivos y personas firmantes)",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
