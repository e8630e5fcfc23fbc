#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the seventeenth blind extraction set from their text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans from
/usr/share/fonts/truetype/dejavu). The texts were copied from real public data files
(``texts/*_source.yml``, see ``sources.csv``); only the data fields were turned into
document structure. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  l01  DOCX: the heading "Signataires" and a five-column Word table
       "Signataire | Ville | Département | Liste | Étiquette" (17 rows).
  l02  PDF: the bold title "Political innitiatives", then five entries, each a bold
       name line, a description paragraph and a web address line.

    /work/venv/bin/python build_docx.py
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
    "l01_ville-europeenne-signataires": "Signataires (ville européenne)",
}
PDF: dict[str, str] = {
    "l02_land-value-tax-political-initiatives": "Political innitiatives",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
