#!/usr/bin/env python3
"""Build the two office documents of the blind set zq from texts/ (DOCX and PDF).

Layout:
- zq07_arcipiemonte-appello-mobilitazione-23-gennaio-lgbti.docx: the stored page text of
  archivio.arcipiemonte.it (Arci Piemonte archive, an appeal of Arcigay, Arcilesbica,
  Agedo, Famiglie Arcobaleno and Mit for a national mobilisation on 23 January and a
  permanent sit-in at the Senate, joined by Arci), two plain Word paragraphs, no heading
  and no list: the signers are named in prose in the first paragraph, the adherent in
  the second (which ends where the stored window ends).
- zq08_travelnostop-assessori-cultura-lettera-franceschini.pdf: the stored page text of
  travelnostop.com (letter of the culture assessors of eleven large Italian cities to
  the ministers Franceschini and Catalfo, spring 2020), DejaVu Sans on A4: a date line,
  the page title as a heading, two body paragraphs (the signers are named in the second,
  as a semicolon-separated run inside the prose) and the closing "News Correlate" line.
Both are built by the shared builder with a fixed date, so two builds give identical bytes.

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
    "zq07_arcipiemonte-appello-mobilitazione-23-gennaio-lgbti": (
        "Appello per la mobilitazione nazionale del 23 gennaio"
    ),
}
PDF: dict[str, str] = {
    "zq08_travelnostop-assessori-cultura-lettera-franceschini": (
        "Lettera degli assessori a Franceschini"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
