#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the or blind extraction set (or06, or07) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` through the shared builder ``gold_docs.py`` (python-docx, fpdf2; fixed
creation dates and zip timestamps: two builds give identical bytes).

Both texts are the real text of stored web pages, as held by the stored web-page corpus (see
``sources.csv``):

  or06  DOCX: Prensa del Pueblo (blogspot) reprint of the statement of the Vecinos
        Autoconvocados of Famatina (La Rioja, Argentina, September 2011) against mining; each
        stored line is one Word paragraph: four statement paragraphs, then the five signing
        assemblies one a paragraph with no cue, then the blog's contact line.
  or07  PDF: Red Muqui (Peru) pronouncement "Alto a la violencia y provocación al pueblo de
        Puno": the title as a PDF heading, the cue sentence "Las organizaciones abajo
        firmantes ..." and the four numbered points and the closing lines as paragraphs
        (the stored empty lines left out); the page ends with "NI UN MUERTO MAS" and names
        no signer.

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
    "or06_prensadelpueblo-famatina-vecinos-autoconvocados-asamblea": (
        "La Rioja: vecinos en asamblea permanente"
    ),
}
PDF: dict[str, str] = {
    "or07_muqui-alto-a-la-violencia-pueblo-de-puno": (
        "Alto a la violencia y provocación al pueblo de Puno"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
