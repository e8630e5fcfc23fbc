#!/usr/bin/env python3
"""Build the two office documents of the blind set it from texts/ (DOCX and PDF).

Layout:
- it07_cgil-landini-sbarra-bombardieri-iran-donne.docx: the stored page text of
  cgil.it (press office, Rome, 26 September 2022: joint note of the general
  secretaries of the Italian union confederations Cgil, Cisl and Uil in support
  of the protest of Iranian women after the death of Mahsa Amini). The stored
  window has no title line: the photo placeholder line "PHOTO" comes first as a
  plain paragraph, then the three text paragraphs as plain Word paragraphs, the
  last one cut where the stored window ends ("nel Kurdistan iraniano, e stato").
  No headings, bullets or tables.
- it06_unionesarda-rwm-esposto-associazioni-yemen.pdf: the stored page text of
  unionesarda.it (30 June 2018: Sardinian anti-militarist associations announce
  an esposto-denuncia at the Tribunale di Cagliari against the export of RWM
  bombs from Domusnovas to Saudi Arabia, used in Yemen). Five plain paragraphs
  in DejaVu Sans 10 pt on A4 (20 mm margins), the last one the site's
  copyright line; no heading.
The document titles in the file properties are taken from the page addresses.
Both are built by the shared builder with a fixed date, so two builds give
identical bytes.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "it07_cgil-landini-sbarra-bombardieri-iran-donne": (
        "Iran: sostegno e solidarieta alla protesta delle donne e del popolo iraniano"
    ),
}
PDF: dict[str, str] = {
    "it06_unionesarda-rwm-esposto-associazioni-yemen": (
        "Le bombe made in Sardegna hanno sterminato una famiglia: la denuncia"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
