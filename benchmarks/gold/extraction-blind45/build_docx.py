#!/usr/bin/env python3
"""Build the DOCX document of the forty-fifth blind extraction set (am series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of a public statement (see ``sources.csv``): one stored web page; only the title
line was marked as a heading, every other line is a Word paragraph as on the page. Nothing
here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  am02  DOCX: the #ExxonKnew "NGO Letter of Support to State Attorneys General" page; the
        title as Heading 1, the letter as paragraphs, "The signers:" then ten organisation
        names one a paragraph, then the page's "Additional resources" block (a list of
        newspaper editorials, the last one cut where the stored page copy ends).

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
    "am02_exxonknew-ngo-letter-state-attorneys-general": (
        "NGO Letter of Support to State Attorneys General"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
