#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the twenty-sixth blind extraction set (zx series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of public statements (see ``sources.csv``):
one stored web page and one file of a public GitHub repository; only paragraph breaks and the
signature lines were turned into document structure. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  zx02  PDF: the second page of a Rienews (Indonesia) news item on the civil-society coalition
        for security-sector reform; three prose paragraphs, the site's "Artikel lain" (other
        articles) box as a bold line with three bullet headlines, then the coalition's
        membership as one run-on prose sentence of twenty names ("... berunsurkan, A, B, ...").
  zx03  DOCX: the "Grupul de initiativa" page of the USR citizens' initiative "Fara penali in
        functii publice" (Romania, 2017/18); the page's heading and notes as Word paragraphs,
        then the nineteen committee members as a two-column Word table (Nume | Descriere),
        taken from the page's PHP array in order; the header row is added by this builder.

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
    "zx03_usr-semneaza-grupul-de-initiativa": (
        "Fara penali in functii publice: grupul de initiativa"
    ),
}
PDF: dict[str, str] = {
    "zx02_rienews-koalisi-reformasi-sektor-keamanan": (
        "Koalisi Masyarakat Sipil untuk Reformasi Sektor Keamanan"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
