#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the twenty-third blind extraction set (ab-series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set``. The texts are the real texts of two public pages (see
``sources.csv``); only page markup was turned into document structure. Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ab04  DOCX: the stored text of an attac France page on the tribune "Plus jamais ca" of 19
        heads of associations and unions; one Normal paragraph of context, the cue paragraph
        "Les signataires de la tribune :", then the 19 signers as Word "List Bullet"
        paragraphs, each "Name, role of/de/d' Organisation" (the page's list markers dropped).
  ab06  PDF: the stored text of a page of the BI Frackingfreies Hessen site on a letter of
        associations, unions and citizens' initiatives against fracking; five plain
        paragraphs, the cue, then 36 bullet lines, with a page break after the 18th item so
        that the list continues on page 2.

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
    "ab04_attac-tribune-plus-jamais-ca-19-responsables": "Tribune Plus jamais ca: 19 responsables d'organisations syndicales, associatives et environnementales",
}
PDF: dict[str, str] = {
    "ab06_bi-ffh-verbaende-brief-gegen-fracking": "BI Frackingfreies Hessen: Brief von Verbaenden, Gewerkschaften und Initiativen gegen Fracking",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
