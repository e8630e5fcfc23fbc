#!/usr/bin/env python3
"""Build the DOCX document of the gp blind extraction set (gp03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the Portuguese Indymedia site (CMI Portugal) kept as
Markdown in the repository ``github:RadioParalelo/indymedia-pt-hugo`` (see ``sources.csv``):
the body of the post with its front matter left out, its HTML entities decoded, its link
targets dropped (the link text kept), its Markdown emphasis (``**``, ``_``) and the
``{.wp-block-heading}`` attributes removed and its non-breaking spaces turned into spaces.
The post's title became the Word heading 1, the post's "MANIFESTO" heading and the
manifesto's own title Word headings 2, every other paragraph a Word paragraph. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  gp03  DOCX: the Indymedia Portugal news post of 16 February 2025 on the "Manifesto em
        solidariedade com os sete anos de luta na região do Barroso" (lithium mine,
        Savannah Resources): a heading, a lead paragraph naming six of the more than 115
        signing collectives inline ("Entre elas, destacam-se a QUERCUS - Associação ...;
        a APA - ...; ... e a ÍRIS - ..."), news paragraphs, the manifesto link, two headings
        2 and the manifesto's text, which names no signer (it quotes the communiqué of the
        association Unidos em Defesa de Covas do Barroso).

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
    "gp03_indymedia-pt-manifesto-barroso-115-coletivos": (
        "Mais de 115 coletivos e organizações nacionais e ibéricas assinam manifesto em"
        " solidariedade com os 7 anos de luta no Barroso"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
