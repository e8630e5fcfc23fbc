#!/usr/bin/env python3
"""Build the PDF documents of the ru blind extraction set (ru02, ru09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) through the shared builder ``gold_docs.py`` (fixed creation date: two builds give
identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by the corpus at about 2,000 bytes):

  ru02  the NAACP Legal Defense and Educational Fund press release on the joint letter of
        African-American civil rights leaders to Attorney General Sessions (2018): the
        headline as heading 1, every stored paragraph a PDF paragraph; the co-authors are
        named inline in one sentence ("The letter was co-authored by A, President of X;
        B, ...; and C, ..."). The page itself links "a PDF of our statement".
  ru09  the letter of June 14, 2007 to Speaker Nancy Pelosi kept in the press clippings of
        wcvi.org: the letter title as heading 1, every stored line a PDF paragraph, and a
        page break before the signatories (the letter says "(Please see signatories
        page)"); the signer block is "Organisation / Name - Title / street / city", the
        second block cut by the corpus inside its name.

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

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "ru02_naacpldf-civil-rights-leaders-letter-sessions-doj": (
        "African-American Civil Rights Leaders Strongly Urge Attorney General Sessions to "
        "Include Civil Rights in DOJ’s Priorities"
    ),
    "ru09_wcvi-letter-pelosi-signatory-organizations": "Letter To The Honorable Nancy Pelosi",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
