#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uh blind extraction set (uh05, uh07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page):

  uh05  El Sol de La Laguna (elsoldelalaguna.com.mx) news of 2024: the Asamblea Social del Agua,
        La Colectiva por el Bienestar Social, Puebla Consulta Ciudadana and the Coordinadora
        Nacional Agua para Todos Agua para la Vida urge the Congress to pass a citizens' Ley
        General de Aguas (press conference; the spokeswoman Elizabeth Estrada Macias quoted); cut
        by the corpus at "recogidos en la ". The text is unchanged: its six stored paragraphs. The
        stored text has no headline, so the Word title property is taken from the page's address.
  uh07  vdocuments.pub copy of the letter of 12 October 2018 of the Centro Prodh, Tlachinollan,
        the Centro Regional de Defensa de los Derechos Humanos José María Morelos y Pavón and the
        Red Guerrerense de Organismos Civiles de Derechos Humanos to the UN Committee on Enforced
        Disappearances (additional information on the 43 Ayotzinapa students), with the document
        site's metadata lines ("Upload: others", "Post on 17-Mar-2020", "TRANSCRIPT", "Page 1: ...");
        cut by the corpus at "Ciudad de Méxi". The text is unchanged (no heading marker added).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uh05  DOCX: six paragraphs (the first is the sentence naming the four organisations, "La
        Asamblea Social del Agua, La Colectiva ..., Puebla Consulta Ciudadana y la Coordinadora
        ...; exhortan al Congreso de la Unión ..."); no heading.
  uh07  PDF: one paragraph per non-empty stored line (the site's title line, "22", the letter's
        long first paragraph with the four senders, the metadata lines, the repeated "Page 1: ..."
        line and the cut "Ciudad de Méxi"); no heading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "uh05_elsoldelalaguna-colectivos-ley-general-de-aguas-ciudadana": (
        "Nueva ley de aguas nacionales que provenga de la ciudadanía y no de los mercenarios:"
        " Elizabeth Estrada"
    ),
}
PDF: dict[str, str] = {
    "uh07_vdocuments-prodh-tlachinollan-carta-ced-ayotzinapa": (
        "Ciudad de México, México a 12 de octubre de 2018. Ref: Envío de información adicional"
        " sobre el caso de los 43 estudiantes desaparecidos"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
