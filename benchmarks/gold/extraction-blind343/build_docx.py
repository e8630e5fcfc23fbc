#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the mi blind extraction set (mi01, mi05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), exactly as held
by the stored web-page corpus (each cut by the corpus at its window):

- mi01: the Europa Press wire of 15 March 2016 (europapress.es, epsocial) on the
  organisations that set up a "campamento" at the Spanish Foreign Ministry against the
  EU-Turkey deal on refugees; each stored line became one Word paragraph (the page residue
  "FACEBOOK" and the dateline included, the cut fragment "No" as the last paragraph).
- mi05: the La Jornada (jornada.com.mx) news of 5 June 2023 on the pronouncement of more
  than 85 Mexican organisations defending the Centro Prodh; each stored line became one PDF
  paragraph (the text is cut by the corpus inside "ha den").

No heading, bullet or table was added: the stored texts have none. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  mi01  DOCX: nine Word paragraphs, the signers in one inline sentence of the eighth
        ("Los firmantes de esta iniciativa son A, B, ... y Z.").
  mi05  PDF: five paragraphs on one A4 page, the signers inline in the second ("A través de
        un pronunciamiento firmado por más de 85 organizaciones ... como A, B, ... y la Z").

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "mi01_europapress-stopacuerdo-campamento-exteriores": (
        "La sociedad civil se moviliza contra el acuerdo UE-Turquía sobre refugiados"
    ),
}
PDF: dict[str, str] = {
    "mi05_jornada-85-organizaciones-defienden-centro-prodh": (
        "Organizaciones defienden al Centro Prodh tras declaraciones en la mañanera"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
