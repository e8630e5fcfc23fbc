#!/usr/bin/env python3
"""Build the two office documents of the blind set zm from texts/ (DOCX and PDF).

Layout:
- zm09_retepacedisarmo-cities-appeal-tpnw-comuni.docx: the stored page text of
  retepacedisarmo.org (Rete Italiana Pace e Disarmo, the "Cities Appeal" of ICAN
  for the Treaty on the Prohibition of Nuclear Weapons, with the Italian
  municipalities that signed it). The page title is a level-1 Word heading (its
  second copy, as stored, a plain paragraph); the two group labels ("33 COMUNI
  con oltre 15.000 abitanti", "71 COMUNI con meno di 15.000 abitanti") are
  level-2 headings; the promoters' paragraph, the quoted appeal, the count line
  and every municipality are plain paragraphs, one per line. The stored page
  shows the municipalities as the cells of a three-column table flattened into
  one cell per line, with blank cells; the blank cells are left out and the
  cells kept one per paragraph in the stored order. The last stored cell "Ca"
  (cut off by the stored window) is kept as written.
- zm10_repubblica-genova-sindacati-scuola-autonomia-differenziata.pdf: the stored
  page text of genova.repubblica.it (February 2023: the school unions Flc Cgil,
  Uil Scuola and Gilda in a picket before the Prefettura of Genoa against the
  "autonomia differenziata"). One paragraph, DejaVu Sans 10 pt on A4, beginning
  with the stored date prefix; no heading (the stored text has none). The
  speakers are named in prose with "rispettivamente".
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
    "zm09_retepacedisarmo-cities-appeal-tpnw-comuni": (
        "Cities Appeal: l’Appello delle Città a favore del Trattato di Proibizione delle Armi Nucleari TPNW"
    ),
}
PDF: dict[str, str] = {
    "zm10_repubblica-genova-sindacati-scuola-autonomia-differenziata": (
        "Genova, i sindacati della scuola in piazza contro l'autonomia differenziata"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
