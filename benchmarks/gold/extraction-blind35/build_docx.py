#!/usr/bin/env python3
"""Build the PDF document of the thirty-fifth blind extraction set (ah series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the shared builder ``gold_docs.build_set``
(fixed creation date: two builds give identical bytes). The text is the real text of a public
statement page (see ``sources.csv``) as held by the stored web-page corpus; only the title,
the cue line and paragraph breaks were turned into document structure. Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ah01  PDF: the EITI page on the letter of civil-society organisations asking the EITI Board
        to consider climate risks in its reporting standard; the page's skip link and image
        alt text, the title in bold, the publisher, two prose paragraphs, the bold cue line
        "Signatories:" and then one run-on paragraph of 34 comma-separated names that wraps
        over many PDF lines.

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

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "ah01_eiti-csos-letter-climate-risk-signatories": (
        "Letter from Civil society organisations - call on EITI to consider climate risks"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
