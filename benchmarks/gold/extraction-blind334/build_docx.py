#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ly blind extraction set (ly01, ly03) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

- ly01: the Guardian letter of 8 December 2017 in which 17 UK partners of the International
  Campaign to Abolish Nuclear Weapons (Ican) call on the UK government to join the treaty on
  the prohibition of nuclear weapons. The stored page carries no headline: its standfirst
  ("... say the 17 signatories to a letter to the Guardian") became the first PDF paragraph
  (the corpus's " date 2017-12-08" marker in front of it left out), the letter the second,
  and each signer ("Name Organisation", no comma between them) one PDF paragraph.
- ly03: The Clarion's post of 4 January 2020 "Sign this statement: resist the Tories' new
  anti-strike law!" (Free Our Unions). The headline became the Word heading 1, each stored
  paragraph a Word paragraph (blank lines dropped), the cue "Signatories (all in a personal
  capacity, except where signed by a branch/committee):" a Word paragraph, and each signer
  one "List Bullet" paragraph (persons and organisations mixed, as in the source). The
  stored page ends inside the fourteenth signer's role ("Hampstea"); the DOCX ends there too.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ly01  PDF: two paragraphs, then 17 one-line signer paragraphs (no cue before them).
  ly03  DOCX: a heading 1, six paragraphs, the cue paragraph, then 14 Word list bullets.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "ly03_clarion-free-our-unions-resist-anti-strike-law-statement": (
        "Sign this statement: resist the Tories’ new anti-strike law!"
    ),
}
PDF: dict[str, str] = {
    "ly01_guardian-ican-uk-partners-nuclear-ban-treaty-letter": (
        "UK government must sign UN treaty on the prohibition of nuclear weapons now"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
