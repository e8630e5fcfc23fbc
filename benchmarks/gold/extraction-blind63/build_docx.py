#!/usr/bin/env python3
"""Build the DOCX document of the sixty-third blind extraction set (bc series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of one stored public web page (see ``sources.csv``); only paragraph breaks and one heading mark
were turned into document structure. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  bc01  DOCX: a POGO "Policy Letter" page: site tagline, the label "Policy Letter", the
        letter's title (a Heading 1), a one-paragraph summary, the addressee block, the
        letter and then the signature blocks, one paragraph a line: "Name", "Role",
        "Organisation" (some blocks have no role, one has no organisation); the stored
        page stops inside the seventh block ("All"). Empty lines of the page were dropped.

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
    "bc01_pogo-100-orgs-letter-support-pogo": (
        "Over 100 Organizations Sign Letter to House Committee on Resources in Support of POGO"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
