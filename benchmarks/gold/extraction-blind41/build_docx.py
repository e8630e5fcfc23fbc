#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the forty-first blind extraction set (ak series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of two public web pages as held by the
stored web-page corpus (see ``sources.csv``); each stored line became one paragraph, nothing
was added. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  ak04  DOCX: a short French news item (ASH, "En bref") reporting a common text of about
        forty associations against the destruction of migrant camps; the named associations
        sit inside one long sentence ("dont l'Association ..., Emmaus France, la Fondation
        ..., ou encore le Groupe ..., de meme qu'Emmaus international, prennent ..."), and a
        third paragraph reports a separate call of two other organisations. Three paragraphs.
  ak05  PDF: a French news item (Cafe pedagogique, December 2017) quoting the call of 400
        associations on migration policy; the named ones sit in one sentence ("denoncent 400
        associations dont ..., la Cimade mais aussi le Snes Fsu et Sud Education"), after a
        share-button line; the stored text stops at the heading "L'appel".

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
    "ak04_ash-associations-expulsions-campements": (
        "En bref: evacuations de campements"
    ),
}
PDF: dict[str, str] = {
    "ak05_cafepedagogique-400-associations-migrants": (
        "400 associations pour une politique migratoire humaine"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
