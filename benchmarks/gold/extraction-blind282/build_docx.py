#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jr blind extraction set (jr01, jr05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages, as held by the stored web-page corpus
(see ``sources.csv``); nothing was added but the heading marker of jr01:

  jr01  DOCX: infosurdiario.com.ar news on the communiqué "Unidos o Dominados" of the unions of
        the CGT regional Quilmes, Berazategui and Florencio Varela (Argentina). The page's
        headline became the Word heading 1, each stored line a Word paragraph (blank lines left
        out). The signers are one long paragraph "(ACRONYM) PERSON , ACRONYM(sector) PERSON ,
        ..." broken, as in the source, after "FGB(Federación Gráfica Bonaerense)", so that the
        last three items are a second paragraph; the last item is cut by the stored window
        ("ATUNAJ(No docentes Un").
  jr05  PDF: pagina19.cl news on the letter of Chile's main workers' organisations to
        President Piñera (November 2019), four paragraphs, the signers an inline list after
        "Firman la carta en viada al Mandatario" separated by semicolons in the last paragraph.
        No heading was added (the stored text has none); the PDF title is the page's slug.

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

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "jr01_infosurdiario-cgt-quilmes-unidos-o-dominados": (
        "Gremios enrolados en la CGT regional Quilmes, Varela y Berazategui respaldaron "
        "candidatura de Cristina"
    ),
}
PDF: dict[str, str] = {
    "jr05_pagina19-trabajadores-unidos-exigen-respuesta-pinera": (
        "Con cuenta regresiva: trabajadores unidos exigen respuesta a Piñera"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
