#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the fiftieth blind extraction set (ap series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of two stored public web pages (see
``sources.csv``); only paragraph breaks (and, in ap06, the source's "- " list items) were
turned into document structure; nothing was added. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  ap06  PDF: a Cambridge Cycling Campaign newsletter item (2017) reprinting a letter to the
        press before the general election: the letter's text, three "- " proposals
        (rendered as bullet lines), "Yours sincerely" and seven
        "NAME, Role, Organisation" lines; the stored window ends inside a note after them.
  ap09  DOCX: an Italian co-operative news page (2006) on an appeal for a new global
        development policy: the promoter and the two signing organisations are named
        inside one sentence ("avviata dall'A e sottoscritta da B e da C"); four paragraphs.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold-ap/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "ap09_coopinforma-appello-sviluppo-globale": (
        "L'appello: una nuova politica dello sviluppo globale"
    ),
}
PDF: dict[str, str] = {
    "ap06_camcycle-election-letter-cycling-walking": (
        "Letter to the press: parties' manifestos should encourage cycling and walking"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
