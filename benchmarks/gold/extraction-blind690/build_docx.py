#!/usr/bin/env python3
"""Build the two office documents of the blind set ka from texts/ (PDF and DOCX).

Layout:
- ka07_piananotizie-petizione-parco-piana-no-aeroporto.pdf: the stored page
  text of piananotizie.it (Campi Bisenzio, April 2022: Sinistra Italiana
  Federazione Firenze, FareCitta and the list "Si parco No aeroporto" launch a
  petition to the President of the Tuscany Region, the Metropolitan Mayor of
  Florence and the Mayor of Campi Bisenzio against the new runway of Florence
  airport and for the Parco agricolo della Piana). Three plain paragraphs in
  DejaVu Sans 10 pt on A4, no heading: the standfirst with the date prefix of
  the stored window (cut with "[...]"), the full lead paragraph with the
  quoted petition text, and the last paragraph cut where the stored window
  ends ("potreb").
- ka08_ilmattino-insorgiamo-napoli-movimento-7-novembre.docx: the stored page
  text of ilmattino.it (Naples, November 2022: the national "Insorgiamo"
  march against war, high prices and unemployment, promoted by the Movimento
  7 Novembre, the Cantiere 167 di Scampia, the Collettivo di fabbrica Gkn,
  SiCobas and groups of Friday For Future, with quotes of two spokespersons).
  Four plain Word paragraphs in the order of the page, no heading and no
  table; the date prefix of the stored window opens the first paragraph.
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
    "ka08_ilmattino-insorgiamo-napoli-movimento-7-novembre": (
        "Insorgiamo, a Napoli il corteo contro guerra e carovita"
    ),
}
PDF: dict[str, str] = {
    "ka07_piananotizie-petizione-parco-piana-no-aeroporto": (
        "Una firma per il parco della Piana e per il no alla nuova pista"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
