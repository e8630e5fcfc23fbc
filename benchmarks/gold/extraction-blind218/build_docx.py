#!/usr/bin/env python3
"""Build the DOCX document of the hb blind extraction set (hb02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a press note of the Galician campaign "Polo Software Libre na
Educación Galega", kept as Markdown in the repository
``github:polo-software-libre-na-educacion-galega/Manifesto`` (file
``novas/2019/06/20190627_nota_prensa.md``, see ``sources.csv``): the body of the note with
the site's navigation row (a Markdown table of links to Manifesto, Asinantes, Apoiar,
Contacto, Novas) left out. The Markdown heading "# Nota de prensa" became the Word heading 1
and every other line of the source a paragraph (the greeting "Estimado/a xornalista," and
the next line kept as two paragraphs, as the source breaks them). Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  hb02  DOCX: the press note of 27 June 2019 on the manifesto against the Xunta de Galicia's
        agreement with Microsoft (Office 365 in Galician schools): a heading, a subtitle
        paragraph, a greeting, three paragraphs, the signers named only inline in the last
        one ("O documento, asinado polas asociacións A, B, ..., Recuncho Maker e Xeopesca,
        comeza ...").

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
    "hb02_polo-software-libre-galego-nota-prensa": (
        "Nota de prensa: Manifesto polo Software Libre na Educación Galega"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
