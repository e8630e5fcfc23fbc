#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the pa blind extraction set (pa03, pa04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` or
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  pa03  DOCX: CGIL Udine news of the one-day strike of 30 May of the canteen, cleaning,
        travel-agency and catering workers called by Filcams-Cgil, Fisascat-Cisl and
        Uiltucs-Uil of Udine; the page's first line (its headline) became the Word heading 1,
        each further stored paragraph a Word paragraph (the signers of the flyer are named
        inline, "volantino firmato da Person (ORG), ...").
  pa04  PDF: tuttolavoro24.it reprint (source fiom-cgil.it) of the letter of the national
        secretariats of Fim, Fiom, Uilm to "Ill.mo presidente" on the closure of the Whirlpool
        plant in Naples (26 October 2020); each stored line a PDF paragraph, the signature
        "Le segreterie nazionali Fim, Fiom, Uilm" a paragraph of its own near the foot.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "pa03_cgil-udine-mense-pulizie-sciopero-30-maggio-volantino": (
        "Mense, pulizie, pubblici esercizi: il 30 maggio sciopero per il contratto"
    ),
}
PDF: dict[str, str] = {
    "pa04_tuttolavoro24-whirlpool-napoli-lettera-fim-fiom-uilm": "Ill.mo presidente",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
