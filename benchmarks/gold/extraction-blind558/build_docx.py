#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vb blind extraction set (vb04, vb10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vb04  FSU Île-de-France (idf.fsu.fr) page of April 2019 with the inter-union appeal of the
        Paris-region education unions against the "école de la confiance" bill: the lead
        "Nos organisations syndicales : FSU, CGT, ...", the three "- appellent ..." paragraphs,
        the calendar of actions, and the signature block of nine unions "en Ile de France"
        (three lines, one missing comma), then "Lire le communiqué ci-dessous :". The whole
        stored text, every stored line a PDF paragraph; no heading (the stored text has no
        title).
  vb10  Blog post of 13 June 2014 (Tolerância e Contentamento, Blogspot) reposting the open
        letter of thanks of the Rede Não Bata, Eduque (campaign against corporal punishment of
        children, Brazil) to the presenter Xuxa Meneghel after the Menino Bernardo bill. The
        post title became the Word heading 1, every other stored line a Word paragraph (the
        epigraph and its author, an empty no-break-space paragraph, the letter, one paragraph
        per signing organisation, "Grupo Gestor da Rede Não Bata, Eduque", then the blog's
        comment footer, cut by the corpus).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vb04  PDF: one lead paragraph (six federations), three dash paragraphs, seven calendar
        paragraphs (one starting with spaces and '…..'), three signature paragraphs
        ("CGT Educ'action, SNES-FSU, SNUIPP-FSU, SNEP-FSU SNUEP-FSU," / "CNT, SGEN-CFDT,
        UNSA-Education, SNALC," / "en Ile de France"), a closing paragraph.
  vb10  DOCX: a date paragraph, a heading 1 (the letter's title), a paragraph "Father's Love",
        the epigraph and "Chico Xavier", an empty paragraph, six letter paragraphs, ten
        one-line signer paragraphs, three comment-footer paragraphs (cut).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 10, 12, 0, 0)

DOCX: dict[str, str] = {
    "vb10_rede-nao-bata-eduque-carta-agradecimento-xuxa": (
        "Carta Aberta \u2013 Agradecimento \u00e0 apresentadora Xuxa Meneghel"
    ),
}
PDF: dict[str, str] = {
    "vb04_fsu-idf-appel-intersyndical-ecole-de-la-confiance": (
        "Appel intersyndical \u00e0 la mobilisation du 9 au 18 avril dans l\u2019\u00e9ducation en"
        " r\u00e9gion parisienne"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
