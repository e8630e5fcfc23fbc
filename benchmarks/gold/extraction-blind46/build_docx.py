#!/usr/bin/env python3
"""Build the DOCX document of the forty-sixth blind extraction set (an series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of a public statement as held by the stored web-page corpus (see ``sources.csv``);
only its paragraph breaks were turned into Word paragraphs, nothing was added. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  an02  DOCX: the Italia Nostra news item on the "Agenda Ambientalista 2018" (Italy, February
        2018): three plain paragraphs; the 23 environmental associations are one run-on
        comma-separated list that opens the second paragraph and is closed by the verb
        ("... VAS, WWF hanno coinvolto e stanno incontrando ..."), with no cue before it.

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
    "an02_italianostra-agenda-ambientalista-2018": (
        "Elezioni politiche 2018: le proposte degli ambientalisti ai candidati"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
