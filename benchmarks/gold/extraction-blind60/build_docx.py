#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sixtieth blind extraction set (az series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of two stored public web pages (see
``sources.csv``); only paragraph breaks, one heading mark each and the pages' "  • " bullets
(turned into "- " list items) were turned into document structure. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  az03  PDF: the stored window of a ReliefWeb report page carrying a joint oral statement on
        Yemen to the UN Human Rights Council; the co-signing organisations appear only in the
        page's "Report / from A, B, C, ..." source line (one comma-separated paragraph) and in
        "on behalf of Save the Children and 12 civil society organisations"; the statement's
        title is rendered as a bold title and its two recommendations as bullet lines.
  az09  DOCX: an Italian local-radio news item (radiomugello.it) on an appeal of "seven civic
        networks" to the candidates for president of Tuscany; three of the networks are named
        only in parentheses after numbered theme headings ("1. Verde urbano e boschi (ONDA)"),
        each followed by Word "List Bullet" paragraphs; the article title is a Heading 1.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "az09_radiomugello-reti-civiche-appello-candidati": (
        "Ambiente e beni comuni in Toscana: sette reti civiche chiedono impegni ai candidati"
    ),
}
PDF: dict[str, str] = {
    "az03_reliefweb-yemen-joint-oral-statement": (
        "Joint Oral Statement: Urgent need to address the humanitarian crisis in Yemen"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
