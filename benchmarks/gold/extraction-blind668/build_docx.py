#!/usr/bin/env python3
"""Build the two office documents of the blind set zh from texts/ (DOCX and PDF).

Layout:
- zh06_osservatoriopaesaggio-wwf-comitato-riserve-belbo-bormida.pdf: the stored page
  text of osservatoriodelpaesaggio.org (Asti, Piedmont, conference "Il Paesaggio: la
  forma della cultura", 22-23 May 2004; proposal of the local WWF sections of Acqui
  Terme and Asti and of a founding committee for a regional nature reserve in the
  Belbo, Bormida, Erro and Uzzone valleys), one paragraph per line; the spaced-out
  conference line is a bold 14 pt heading, the proposal title and the two section
  titles ("Relazione", "Scopo e finalita della proposta") are 11 pt sub-headings,
  the rest plain paragraphs in DejaVu Sans 10 pt on A4. The signers stand in one
  run-in paragraph "Per Comitato e WWF: Name - Name- ..." glued to the next sentence;
  the text ends where the stored window ends (mid-word); whitespace-only lines and
  leading indentation of the page are left out.
- zh07_olambientalista-rete-salva-acqua-val-dagri.docx: the stored page text of
  olambientalista.it (Basilicata, statement of the Rete appulo-lucana SALVA l'ACQUA
  on oil extraction in the Val d'Agri, joining an appeal of five organisations), three
  plain Word paragraphs, no heading; the organisations are named in prose between
  dashes in the first paragraph and again in the third.
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
    "zh07_olambientalista-rete-salva-acqua-val-dagri": (
        "Petrolio in Val d'Agri: la Rete SALVA l'ACQUA si unisce all'appello"
    ),
}
PDF: dict[str, str] = {
    "zh06_osservatoriopaesaggio-wwf-comitato-riserve-belbo-bormida": (
        "Proposta istitutiva del WWF e del Comitato istitutivo"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
