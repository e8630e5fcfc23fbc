#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the pn blind extraction set (pn01, pn08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` or
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (both cut by the corpus's window at the end of the list):

  pn01  New Politics (newpol.org), "University Unions United for Free Speech and Protest"
        (6 May 2024): the statement's three paragraphs as PDF paragraphs, then the signing
        unions one a line with no cue word; a page break was put inside the list (after the
        eleventh union); the last line "UMass Low" is cut as stored.
  pn08  York University Faculty Association (yufa.ca), "Honorific professors issue open letter
        to York admin": the headline as Word heading 1, the photo's caption as a paragraph,
        "Open Letter to York University Administration" as heading 2, two letter paragraphs,
        then the signers as Word "List Bullet" paragraphs ("Name, FRSC, Title"; the last one
        "Nick Rogers, Dist" cut as stored).

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

DOCX: dict[str, str] = {
    "pn08_yufa-honorific-professors-open-letter-york-admin": (
        "Honorific professors issue open letter to York admin"
    ),
}
PDF: dict[str, str] = {
    "pn01_newpol-university-unions-united-free-speech-protest": (
        "University Unions United for Free Speech and Protest"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
