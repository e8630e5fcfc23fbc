#!/usr/bin/env python3
"""Build the DOCX document of the hu blind extraction set (hu03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a Markdown note kept in the repository ``github:jgbarah/Notes``
(``ley-ciencia-contribuciones.md``, see ``sources.csv``): the contribution of six Spanish
university researchers to the public consultation on the draft reform of the Spanish Science
Law (Ley 14/2011), 26 January 2022. Its two opening lines (the sentence and the linked title of
the draft law) became the Word heading 1, link targets were left out (link text kept), Markdown
emphasis (``_``, ``**``) and quote markers (``>``) removed, the note's ``#`` and ``##``
headings kept as Word headings 1 and 2, and its ``*`` items (the six signers, the five
reference documents) turned into "List Bullet" paragraphs. Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Layout:
  hu03  DOCX: a heading, the paragraph "Firmantes:" and six Word bullet paragraphs
        "Name, University" (the first with an obfuscated e-mail address), a dated paragraph,
        then the body of the contribution: headings, paragraphs, five bullets naming
        reference documents (French plan, European Commission, UNESCO, NASA, Nature).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "hu03_jgbarah-ley-ciencia-software-libre-firmantes": (
        "Contribución al Proceso de Participación Pública: Anteproyecto de ley de"
        " modificación de la Ley de la Ciencia, la Tecnología y la Innovación"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
