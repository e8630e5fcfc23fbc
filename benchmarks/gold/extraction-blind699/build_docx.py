#!/usr/bin/env python3
"""Build the two office documents of the blind set si from texts/ (DOCX and PDF).

Layout:
- si08_pontosj-movimento-por-cabo-delgado-presidente.docx: the stored page
  text of pontosj.pt (Ponto SJ, Portugal: the Movimento por Cabo Delgado, a
  group of Portuguese NGOs, is received by the President of the Republic and
  repeats its appeal for humanitarian aid to Cabo Delgado, Mozambique). The
  article title is a Word Heading 1; then six plain paragraphs, one of them
  the list of the six representatives present ("Name da Org"), the last one
  cut where the stored window ends ("ataques te").
- si07_abrilabril-compromisso-protesto-aeroporto-montijo-vinci.pdf: the stored
  page text of abrilabril.pt (AbrilAbril, Lisbon: the "compromisso" read at a
  protest against more flights at Humberto Delgado airport and the Montijo
  airport, promoted by ATERRA, Zero, the Plataforma Civica BA6-Montijo Nao,
  A Voz do Operario and the CGTP union federations of Lisbon and Setubal).
  Eight plain paragraphs in DejaVu Sans on A4, including the site's closing
  donation appeal ("Contribui para uma boa ideia" ... "Contribui aqui").
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
    "si08_pontosj-movimento-por-cabo-delgado-presidente": (
        "Movimento por Cabo Delgado recebido pelo Presidente"
    ),
}
PDF: dict[str, str] = {
    "si07_abrilabril-compromisso-protesto-aeroporto-montijo-vinci": (
        "Compromisso contra mais avioes em Lisboa e o aeroporto do Montijo"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
