#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tb blind extraction set (tb08, tb09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each its first 2,000 bytes, both cut by that window):

  tb08  Aparecidos Políticos (aparecidospoliticos.com.br, Ceará) copy of the 2012 nota of social
        movements, organisations, militants and former political prisoners repudiating the
        invasion of the seat of the Grupo Tortura Nunca Mais do Rio de Janeiro (GTNM-RJ); the
        signers follow the cue "Assinam essa nota:" as numbered items "  1. ACRONYM - Name -
        City - UF", and the corpus cuts the list inside the sixth item ("6. Associação Aritag").
        The stored text carries two spam words ("remedy", "ampoule") in its first sentence, kept
        as stored. No title is stored: the cue "Assinam essa nota:" became a heading 2, every
        other stored paragraph (the one-character no-break-space paragraph and the numbered
        items, with their two leading spaces, included) a PDF paragraph.
  tb09  Combate Racismo Ambiental (racismoambiental.net.br) copy of the nota de repúdio of
        November 2023 of the Campanha contra a Violência no Campo and the Campanha a Vida por um
        Fio on the murders of rural workers and indigenous people in the first half of November
        2023; the two campaigns name themselves in the opening sentence, and the three victim
        lines ("- Name, membro do Movimento ..., place, date;") name the MST and Agropalma, which
        are not signers. No title is stored: every stored line is a Word paragraph, the three
        stored "- " lines Word bullets.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tb08  PDF: five body paragraphs, a paragraph holding one no-break space, a heading 2
        "Assinam essa nota:", six numbered paragraphs (the sixth cut).
  tb09  DOCX: an epigraph paragraph, the opening paragraph naming the two campaigns, one
        paragraph, three bullets (the victims), three paragraphs (the last cut).

The core-property titles are descriptive (neither stored text has its page title): tb08 after the
nota's subject, tb09 after the page address ("chega-de-violencia-no-campo").

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
    "tb09_racismoambiental-campanhas-nota-repudio-violencia-no-campo": (
        "Chega de violência no campo"
    ),
}
PDF: dict[str, str] = {
    "tb08_aparecidos-politicos-nota-invasao-sede-gtnm-rj": (
        "Nota de repúdio à invasão da sede do Grupo Tortura Nunca Mais do Rio de Janeiro"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
