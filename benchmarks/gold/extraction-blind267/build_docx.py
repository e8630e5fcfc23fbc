#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the ja blind extraction set (ja03, ja06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` (fpdf2)
and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the stored
web-page corpus. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  ja03  PDF: the open letter of 21 January 2025 of three Colombian human-rights platforms to
        President Gustavo Petro, as reprinted by kavilando.org: every stored line one PDF
        paragraph (the lead, the place and date, the address block in three lines, the
        salutation, the paragraph whose subject is the three signing platforms, then the list of
        achievements cut by the stored window inside "derechos hum"). No heading: the stored text
        has none; the PDF title property comes from the page's address.
  ja06  DOCX: the press note of 20 June 2012 (Lima) of the Articulación Lesbianas de Lima on the
        working group installed with the Ministry of Women (MIMP), published by LIFS: the headline
        as Word heading 1, "Hecho sin precedentes" as heading 2, four Word paragraphs, then the
        closing sentence split into a cue paragraph "La ARTICULACIÓN LESBIANAS DE LIMA está
        integrada por:" and seven Word list bullets, one per item of the source's inline list
        (the separating commas, the "y" before the last item and the final full stop dropped;
        the last bullet is "activistas no agrupadas").

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
    "ja06_lifs-articulacion-lesbianas-lima-grupo-trabajo-mimp": (
        "Se instaló Grupo de Trabajo a favor de los derechos de las lesbianas integrado por el"
        " Ministerio de la Mujer"
    ),
}
PDF: dict[str, str] = {
    "ja03_kavilando-carta-plataformas-ddhh-presidente-petro": (
        "Colombia en la encrucijada: carta de organizaciones sociales al presidente Petro"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
