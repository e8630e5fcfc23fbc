#!/usr/bin/env python3
"""Build the DOCX document of the fifty-third blind extraction set (as series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of a stored public web page (see ``sources.csv``); only its line breaks were turned into
paragraphs, nothing was added or removed. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  as05  DOCX: an Italian local news item (traniviva.it, March 2024) announcing a public
        meeting "Pace giusta in Palestina" in Trani: five speakers in upper case, each
        "NAME, role/organisation" (or "NAME organisation" without a comma) in its own
        paragraph; then one long paragraph naming the two promoting bodies inside a sentence
        ("Il Comitato Promotore A e B, promuovono un incontro pubblico ...") and ending with
        "ADERISCONO: A, B, C, ..." (a comma run of local branches, most with the town
        "Trani" glued to the name), cut by the stored window after "Barletta, Trani".

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (shared builder, copy in the directory above)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "as05_traniviva-incontro-pace-giusta-palestina": (
        "Trani: incontro pubblico \u201cPace giusta in Palestina\u201d, relatori e adesioni"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
