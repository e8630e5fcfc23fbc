#!/usr/bin/env python3
"""Build the DOCX document of the hi blind extraction set (hi01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a communiqué of CADHAC (Ciudadanos en Apoyo a los Derechos
Humanos, A.C., Monterrey, Mexico) kept as a row of the ``comunicado`` table in the SQL dump
``db_cadhac_sql.sql`` of the repository ``github:Fernandogza/CADHAC`` (see ``sources.csv``):
the row's title became the Word heading 1 and its text, whose paragraphs the dump separates
with ``^^``, one Word paragraph per ``^^`` piece (the one piece holding a single space left
out). The 27 signing organisations (one a piece in the dump) are plain Word paragraphs, with
no bullet, no number and no cue line before them. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Layout:
  hi01  DOCX: the communiqué of 23 August 2016 against the Mexican Supreme Court's first
        chamber's isolated thesis CCV/2016 on evidence obtained under torture: a heading, six
        paragraphs (the date inside the first), then 27 paragraphs each holding one
        organisation's name (most with a bracketed acronym, several with commas or a dash
        inside the name), then four footnote paragraphs "[n] ...".

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "hi01_cadhac-scjn-tesis-tortura-organizaciones": (
        "RETROCESO DE LA SCJN: CRITERIO DE LA PRIMERA SALA PODRÍA VALIDAR CONDENAS BASADAS EN TORTURA"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
