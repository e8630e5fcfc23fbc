#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tt blind extraction set (tt02, tt09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (nothing added, nothing changed):

  tt02  ALDA (alda-luterana.org, Angola) page "Organizações da sociedade civil apelam pela
        preservação da sua autonomia": the position of the member organisations of the Grupo de
        Trabalho de Monitoria dos Direitos Humanos (GTMDH) addressed to the deputies of the
        Assembleia Nacional against the new draft Estatuto das ONGs. The 21 members are named by
        acronym only, between two em dashes inside the opening sentence ("As organizações membros
        do GTMDH — designadamente ADRA, AJPD, ..., UPANGE e UYELE — vêm alertar ..."). The stored
        text has no headline (it starts with a quotation mark) and is cut by the corpus's window
        of 2,000 bytes inside the legal argument ("o dever de s"). Every stored line is a PDF
        paragraph; the seven "- " lines (two section titles and four constitutional rights, as
        the corpus renders list items) are PDF bullets.
  tt09  SAPO 24 (24.sapo.pt, Portugal) news of September 2022: the joint communiqué
        ("comunicado conjunto") of the Federação Académica do Porto and the Federação Académica
        de Lisboa answering the letter of the Minister of Science, Technology and Higher
        Education, Elvira Fortunato, on hazing ("praxe"). The two federations are named in the
        lead sentence, again in the second paragraph and as a distributive plural ("Federações
        Académicas do Porto e de Lisboa"). The corpus's leading metadata marker (" date 2022-09 ")
        is left out (not page text); the stored text is cut at "Os dirigent". Every stored
        paragraph is a Word paragraph.

The document titles (core properties) are taken from the pages' addresses (slugs), as neither
stored text has a headline.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tt02  PDF: one paragraph (the opening sentence with the 21 acronyms), a bullet, a paragraph,
        four bullets, a bullet, five paragraphs (the last cut).
  tt09  DOCX: six paragraphs (the first with the two signers, the last cut).

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
    "tt09_sapo24-fap-fal-comunicado-conjunto-praxe": (
        "Federações académicas de Porto e Lisboa reagem às declarações da tutela sobre a praxe"
    ),
}
PDF: dict[str, str] = {
    "tt02_alda-gtmdh-ongs-alertam-deputados-estatuto-ongs": (
        "Organizações da sociedade civil apelam pela preservação da sua autonomia"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
