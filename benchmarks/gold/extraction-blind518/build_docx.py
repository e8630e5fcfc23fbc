#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tm blind extraction set (tm06, tm07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tm06  ANEP (anep.cr, Costa Rica) page of 29 June 2013: the letter of four Costa Rican trade
        union centrals (CTRN, CMTC, CSJMP, CUT) and the Frente Interno de Trabajadores del ICE
        (FIT-ICE) to Guy Ryder, Director-General of the ILO, on freedom of association in Costa
        Rica, cut by the corpus inside its second section. The page headline is a heading 1,
        the place, date and address lines are separate paragraphs, the greeting paragraph
        names the five senders, "PRIMERA PARTE: ..." is a heading 2, every other stored line a
        PDF paragraph.
  tm07  ambiental.net (December 2017) post on the declaration of more than 40 Latin American
        institutions and networks in support of CEDIB (Centro de Documentacion e Informacion
        Bolivia): a lead that names some of the supporters in running prose, then the title of
        the declaration (a Word heading 2) and the start of its text, cut by the corpus before
        the list of adhesions. Each stored paragraph is a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tm06  PDF: a heading 1 (headline), five short paragraphs (place, date, "Señor", addressee,
        office), the greeting paragraph ("Reciba un cordial saludo de A (X), B (Y), ... y E
        (Z), quienes ..."), a heading 2, eleven paragraphs (numbered section titles, a cue,
        items (a)-(f), the cut last paragraph).
  tm07  DOCX: four paragraphs (lead, the supporters named in prose, the note, "Sigue el texto
        de la declaración y las adhesiones:"), a heading 2 (declaration title), one paragraph
        (cut).

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
    "tm07_ambiental-declaracion-apoyo-cedib-instituciones-latinoamerica": (
        "Apoyo a las voces ciudadanas independientes de CEDIB en Bolivia"
    ),
}
PDF: dict[str, str] = {
    "tm06_anep-centrales-sindicales-fit-ice-carta-oit": (
        "4 Centrales Sindicales y el FIT_ICE confirman apoyo a la RPL frente a la OIT"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
