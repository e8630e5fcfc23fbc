#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wl blind extraction set (wl02, wl03) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, each cut by the corpus's 2,000-byte window:

  wl02  Asamblea Permanente por los Derechos Humanos (apdh.org.ar) declarations page of late
        2020: Rosario human-rights bodies demand that the Cámara Federal de Rosario not let the
        indicted repressor Víctor "Chuly" Rodríguez leave the country (Argentina; memory, truth
        and justice). The stored text is the page title, three paragraphs, the slogans 'No
        Olvidamos' / 'No Perdonamos' / 'No nos Reconciliamos' and the signers one a line (two
        with ' - ' qualifiers); it ends inside the third signer at 'Ex Pres@s Polític@s y
        Familiares ' (1,999 bytes: the next character would cross the window). The title line
        became the PDF heading 1, every other stored line a PDF paragraph (trailing space kept).
  wl03  MOVUS (Movimiento por un Uruguay Sustentable) blog post of November 2024, 'Comunicado a
        la opinión pública en rechazo a las investigaciones neo-coloniales finlandesas':
        Uruguayan environmental, indigenous (Charrúa) and community organisations reject a
        Finnish research project on forestry and pulp-mill conflicts (Uruguay; environment).
        The stored text is the title, four paragraphs and the signers one a line, with no cue
        and no heading before them; it ends inside the 17th signer at 'Colectivo La Ca'. The
        title became the Word heading 1, every other stored line a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wl02  PDF: a heading 1 (the title sentence), three plain paragraphs, three slogan
        paragraphs, three signer paragraphs ('Familiares de ... - Rosario', 'Asociación Anahí
        - Filial Rosario', 'Colectivo Nacional de Ex Pres@s Polític@s y Familiares ').
  wl03  DOCX: a heading 1 (the title), four plain paragraphs, then 17 plain paragraphs, one
        per signer ('ACAS (Asociación Civil Ambientalista de Salto)', 'Agua es Vida,
        Tacuarembó', ..., 'Colectivo La Ca'); no heading or cue before the signers.

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
    "wl03_movus-organizaciones-rechazo-investigaciones-finlandesas": (
        "Comunicado a la opinión pública en rechazo a las investigaciones neo-coloniales"
        " finlandesas"
    ),
}
PDF: dict[str, str] = {
    "wl02_apdh-organismos-rosario-camara-federal-chuly-rodriguez": (
        "Es inadmisible que a 44 años de lo que fue el terrorismo de Estado tengamos que volver"
        " una y otra vez a exigir a la Cámara Federal de Rosario que no autorice la salida del"
        " país a un reconocido represor"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
