#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the mw blind extraction set (mw05, mw09) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (both cut by the corpus at the end of its window, kept as cut):

  mw05  interaccionnoticias.com.mx: civil and religious organisations of Guerrero (Mexico) ask
        the federal and state authorities to act against the violence in Chilpancingo; the
        signers of the written statement are named inline in one long sentence ("En un escrito
        firmado por grupos el Eje de Iglesias ..., Rafaela Ojeda Aguilar, Elvira Martínez, ...
        y Feminismo Comunitario Tejido Guerrero."). PDF: each stored line one paragraph, no
        heading (the stored page has none), the inline list wrapped over several PDF lines.
  mw09  elmostrador.cl: twelve Chilean environmental organisations sign the declaration
        "Un Medioambiente Mal-Tratado" for the 2025 presidential candidates; a lead with
        "entre ellas Terram, Greenpeace, Oceana y Chile Sustentable" and the full inline list
        after "las organizaciones:". DOCX: the headline as Word heading 1 (the corpus's
        " date 2025-10-14 " prefix left out), the stored paragraphs as Word paragraphs, the
        stored sub-heading "Los tres compromisos mínimos exigidos a las candidaturas" as
        heading 2.

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

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "mw09_elmostrador-presidenciales-presion-verde-12-organizaciones": (
        "Presidenciales bajo presión verde: organizaciones exigen no retroceder en leyes ambientales"
    ),
}
PDF: dict[str, str] = {
    "mw05_interaccionnoticias-organizaciones-civiles-religiosas-guerrero": (
        "Llaman a los medios nacionales de comunicación a no apartar la vista de la entidad"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
