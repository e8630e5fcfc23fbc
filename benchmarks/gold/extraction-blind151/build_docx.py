#!/usr/bin/env python3
"""Build the DOCX documents of the em blind extraction set (em05, em06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two posts of the MST site repository
(``github:movimento-sem-terra/site-novo``, see ``sources.csv``): the HTML body of each Jekyll
post with its entities decoded, its tags removed, every ``<br />`` and paragraph end turned
into a line break and empty lines dropped (front matter, image and the hidden trailing
``div`` left out). No heading, bullet or table marker was added, so every line becomes a plain
Word paragraph. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  em05  DOCX: the "Nota de entidades, pastorais, movimentos sociais e lideranças da sociedade
        civil em apoio ao povo Gamela" (May 2017): 63 numbered paragraphs ("1. Conselho ..."),
        organisations mixed with "Person - role, Organisation" and bare persons; the editor's
        line "*Editado por Leonardo Fernandes" sits inside the list, between 54 and 55.
  em06  DOCX: the note of the Fórum dos Movimentos Sociais do Estado de São Paulo on the
        school occupations (30 Nov 2015): the forum's signature, then one member a paragraph,
        mostly "ACRONYM (Full name)", six of them broken over two paragraphs where the source
        had a line break inside the name.

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
    "em05_mst-entidades-nota-apoio-povo-gamela": "Nota de apoio ao povo Gamela",
    "em06_mst-forum-movimentos-sp-ocupacoes-escolas": (
        "Movimentos de SP defendem ocupações das escolas e repudiam violência policial"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
