#!/usr/bin/env python3
"""Build the DOCX document of the gi blind extraction set (gi10) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a news page of Amnesty International Polska (amnesty.org.pl)
as held by the stored web-page corpus (see ``sources.csv``): the page title became the Word
heading 1 and each of the page's four text blocks a Word paragraph, as written (the
initiators stay one inline, comma-separated run after "znajdują  się:", with the page's
double spaces and its "[email protected]" e-mail placeholder kept). Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  gi10  DOCX: "Rusza Obywatelskie Obserwatorium Demokracji": a heading 1, a paragraph naming
        the nine initiating organisations inline ("W gronie inicjatorów ... znajdują  się:
        A, B, ..., I."), two paragraphs on the observatory, a contact paragraph.

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
    "gi10_amnesty-pl-obywatelskie-obserwatorium-demokracji": (
        "Rusza Obywatelskie Obserwatorium Demokracji"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
