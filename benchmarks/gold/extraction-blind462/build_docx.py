#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rc blind extraction set (rc02, rc05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

- rc02: the statement of organisations of several countries, published by the CELS
  (Argentina), on the Chilean plebiscite of October 2020 for a new Constitution, as held by
  the stored web-page corpus (1,705 characters, not cut): four statement paragraphs, then the
  signers exactly as stored, one to two signers a line ("Name (ACRONYM), Country."), two
  signers sharing a line three times. Each stored line became one PDF paragraph; nothing was
  split or joined.
- rc05: the Eldoradomultinet news item (Eldorado, Misiones, Argentina) on the convocation of
  17 January 2024 against the DNU 70/23 and the Ley Omnibus, as held by the stored web-page
  corpus (cut by the corpus inside the last item): the headline became a Word heading 1, the two
  sub-headings Word headings 2, the stored "- " items Word "List Bullet" paragraphs (one
  confirmed group a bullet, "Name: description"), the other lines Word paragraphs.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rc02  PDF: 4 paragraphs, then 7 signer lines (10 signers; a country after a comma, three
        lines holding two signers, two signers without a country).
  rc05  DOCX: heading 1, a place line, a paragraph, heading 2, a paragraph, heading 2, the cue
        paragraph "Entre las agrupaciones confirmadas se encuentran:", then 6 bullets.

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
    "rc05_eldoradomultinet-convocatoria-rechazo-dnu-ley-omnibus": (
        "Convocatoria en Eldorado: Unidad en Rechazo a Medidas del Nuevo Gobierno Nacional"
    ),
}
PDF: dict[str, str] = {
    "rc02_cels-chile-nueva-constitucion-organizaciones-firmantes": (
        "Chile: hacia una nueva Constitución este domingo"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
