#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the nd blind extraction set (nd03, nd07) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  nd03  the news page of the Catholic Bishops' Conference of England and Wales (cbcew.org.uk)
        of 6 August 2024 on the faith leaders' letter to The Times against the riots. The
        stored text has no headline: the page's title (from its address) became the Word
        heading 1 and the stored ' date 2024-08-06 ' marker the dated paragraph "6 August
        2024"; each stored paragraph a Word paragraph; "Full Letter" a Word heading 2; the
        four signature lines at the foot (name, office, name, office) a two-row Word table
        "Name | Office" (the shared builder sets the first row in bold); the last office is
        cut by the corpus's window ("Archbishop of Cant") and kept as cut.
  nd07  the news page of the Disability Federation of Ireland (disability-federation.ie) of
        6 October 2023 on the open letter of nine voluntary bodies to the Taoiseach: the
        headline became the PDF heading, each stored line a paragraph, with a page break
        before "The open letter is reproduced below:"; the text ends where the corpus's
        window ends ("no evidence of any progre").

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
    "nd03_cbcew-senior-faith-leaders-solidarity-against-violence": (
        "Senior faith leaders stand in solidarity against violence"
    ),
}
PDF: dict[str, str] = {
    "nd07_dfi-voluntary-bodies-letter-taoiseach-strike": (
        "Voluntary bodies seek ‘urgent’ intervention by Taoiseach to prevent strike dispute"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
