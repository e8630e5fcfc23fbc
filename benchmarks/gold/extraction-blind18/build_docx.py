#!/usr/bin/env python3
"""Build the DOCX document of the eighteenth blind extraction set (o-series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx). The PDF branch (fpdf2, DejaVu Sans) is kept from the
seventh set's builder but has no job in this set. The text is the real text of a public
appeal (see ``sources.csv``); only page markup was turned into document structure.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  o02  DOCX: an invitation sentence, "Apelujemy o:" with two bullet demands, the
       Heading 2 "Inicjatorzy apelu:" with two bullet organisations, and a closing line
       with the link to the full appeal.

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
    "o02_wrzos-apel-okragly-stol-pozytku": "Apel w sprawie powołania Okrągłego Stołu Pożytku Publicznego",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
