#!/usr/bin/env python3
"""Build the DOCX document of the ff blind extraction set (ff03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of La Jornada Zacatecas kept as Markdown in the
repository ``github:ljzac/ljzac.github.io`` (see ``sources.csv``): the open letter of the
staff of the Mexican daily La Jornada to the justices of the First Chamber of the Supreme
Court (SCJN) on the La Jornada v. Letras Libres case (November 2011). The post's front
matter was left out and its title became the Word heading 1; every other non-empty line of
the post (deeply indented in the source) became one Word paragraph with its indentation
stripped, in order: the addressee line, "Periódico La Jornada", four body paragraphs, then
one paragraph per staff section ("Directivos: Name: Office, ...", "Articulistas: Name,
Name, ...", ... "Administrativos: ..."). No word was changed. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  ff03  DOCX: a heading, six paragraphs of letter, then 21 paragraphs each opening with a
        section label ("Directivos:", "Articulistas:", "Moneros:", "Mesa de Redacción:",
        ...) followed by a comma-separated run of names ("Name: Office" items in the
        first one, "Name (pen name)" items among the cartoonists); no bullets, no table.

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
    "ff03_ljzac-carta-jornaleros-la-jornada-scjn": (
        "Carta de jornaleros a los ministros de la Primera Sala de la SCJN"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
