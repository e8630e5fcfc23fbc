#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ph blind extraction set (ph05, ph06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, one stored line a line:

  ph05  The Irish Times letter to the editor "Budget and sustainable recovery" (2014) of
        Barnardos and the Society of St Vincent de Paul; the headline is not in the stored
        text and is only the document's title property.
  ph06  LocalGov news "Scots charities launch bid to end rough sleeping" (2020) with the
        members of Everyone Home: Scottish Collective on Covid 19; the stored text is cut by
        the corpus inside the sixteenth member's name ("Social B").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ph05  DOCX: the letter's body as four Word paragraphs, the sign-off "\u2013 Yours, etc," at the end
        of the last one, then the two signers over ten one-line Word paragraphs as in the
        newspaper ("NAME," / "Organisation," / "Street," / "Dublin 8;"; the second name split
        over two paragraphs, "JOHN-MARK" / "McCAFFERTY,").
  ph06  PDF: the news paragraphs, the cue paragraph "The 19 members of ... are:", then the
        members as bullets ("• Name"), the last one cut ("Social B").

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "ph05_irishtimes-barnardos-svp-letter-budget-2015": "Budget and sustainable recovery",
}
PDF: dict[str, str] = {
    "ph06_localgov-everyone-home-scottish-collective-members": (
        "Scots charities launch bid to end rough sleeping"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
