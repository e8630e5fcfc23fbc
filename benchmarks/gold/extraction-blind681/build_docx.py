#!/usr/bin/env python3
"""Build the two office documents of the blind set zu from texts/ (DOCX and PDF).

Layout:
- zu09_lacnews24-noponte-appello-corteo-messina-hanno-aderito.docx: the stored
  page text of lacnews24.it (LaC News24, Calabria; stamp "date 2024-11": the appeal
  of the 'Coordinamento Corteo Noponte 2 dicembre' for the national march against
  the bridge over the Strait of Messina, with the list of bodies that have already
  joined it). No heading: three plain Word paragraphs, one per line of the text
  file - the lead (with the leading date stamp as stored), the quoted call, and
  the single paragraph "Hanno gia aderito all'appello: ..." that carries the
  whole comma-separated list of signers. The whole stored text is kept.
- zu10_leggilanotizia-legambiente-petizione-stop-cemento-emilia-romagna.pdf: the
  stored page text of leggilanotizia.it (24 February 2014: Legambiente
  Emilia-Romagna's petition against new building on farmland, and the persons and
  bodies who signed it, named in prose). No heading: nine plain paragraphs in
  DejaVu Sans on A4, one per line of the text file, the last one cut where the
  stored window ends ("la vera qualit").
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
    "zu09_lacnews24-noponte-appello-corteo-messina-hanno-aderito": (
        "Ponte sullo Stretto, corteo nazionale il 2 dicembre per dire no"
    ),
}
PDF: dict[str, str] = {
    "zu10_leggilanotizia-legambiente-petizione-stop-cemento-emilia-romagna": (
        "Legambiente: stop al cemento"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
