#!/usr/bin/env python3
"""Build the DOCX document of the ninety-sixth blind extraction set (cj series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of one stored public web page (see ``sources.csv``); only its line breaks were
turned into document structure (one Word paragraph a line). Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  cj01  DOCX: a Knowledge Ecology International news item (keionline.org) on an open letter
        of 16 groups to the WHO Director-General on the Roadmap on Access to Medicines and
        Vaccines 2019-2023; after the cue "The signatories of the open letter include:" the
        twelve named groups follow as plain Word paragraphs, one name a paragraph, with no
        bullets and no heading (the list ends the document).

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
    "cj01_keionline-who-roadmap-open-letter": (
        "Open letter to the WHO Director-General on the Roadmap on Access to Medicines and"
        " Vaccines 2019-2023"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
