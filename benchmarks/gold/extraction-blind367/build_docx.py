#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ni blind extraction set (ni01, ni03) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages of local news sites (see
``sources.csv``), as held by the stored web-page corpus (both cut by the corpus's window):

  ni01  MyLondon (mylondon.news), the open letter of 15 Harrow charities to the leader of
        Harrow Council: each stored paragraph a Word paragraph, the web page's numbered
        list of the 15 charities ("  1. ADHD & Autism Support Harrow" ...) a Word
        "List Bullet" list (the numbers of the HTML list left out, the names unchanged).
        No heading (the stored text has no headline).
  ni03  Santa Monica Mirror (smmirror.com), "Oops! We Did It Again!:", the complete list of
        the signers of the Santa Monica Coalition for a Livable City's letter to the City
        Council: the stored title as heading 1, each stored paragraph a PDF paragraph, a page
        break between the paragraph of the groups and the paragraph "Individual signers:
        ..." (cut by the corpus inside a name, "Suzann").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ni01_mylondon-harrow-charities-open-letter-council-leader": (
        "Charities across Harrow criticise proposed cuts"
    ),
}
PDF: dict[str, str] = {
    "ni03_smmirror-livable-city-letter-neighborhood-groups-signers": "Oops! We Did It Again!",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
