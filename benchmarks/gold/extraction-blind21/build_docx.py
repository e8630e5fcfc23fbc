#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the twenty-first blind extraction set (aa-series) from their texts.

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
  aa05  PDF: the first page of a Brazilian civil-society booklet (Plataforma MROSC, PL 7168/2014);
        bold title, "BRASIL", then ONE paragraph in which the heading "Comite Facilitador", the
        coalition's name and the fifteen member organisations run together with no separator
        (only " - ACRONYM" dashes), then a bold sub-heading and the first body paragraph, which
        stops mid-word as the stored text does.
  aa06  DOCX: an Italian association's web notice forwarding a request signed by 13 national
        associations; title as Heading 1, one Normal paragraph per stored line (address block,
        cue line, the comma-separated list in one paragraph, the sender's signature twice), and
        the two attachment rows of the page as a two-column Word table (Allegato, Dimensione).

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
    "aa06_italianostra-trento-stelvio-13-associazioni": "Il futuro europeo del Parco Nazionale dello Stelvio non puo passare dal suo smembramento",
}
PDF: dict[str, str] = {
    "aa05_abong-cartilha-marco-regulatorio-comite": "Cartilha PL 7168/2014 - Construindo uma sociedade civil autonoma e transparente",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
