#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the mx blind extraction set (mx06, mx10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages of Italian local online newspapers (see
``sources.csv``), as held by the stored web-page corpus:

- mx06: agrigentooggi.it, the letter of 3 June 2019 in which Cgil, Cisl and Uil of Agrigento
  ask the mayors of the province to postpone a meeting and to join the national
  demonstration in Reggio Calabria of 22 June. The letterhead "Cgil, Cisl e Uil" became the
  PDF heading, each stored paragraph a PDF paragraph (the blank lines of the stored text
  dropped); the three signers' names stay on one line, as stored
  ("Massimo RASO Emanuele GALLO Gero ACQUISTO").
- mx10: nextstopreggio.it, "Santa Croce, associazioni chiedono il 5 per mille ..." (the
  associations of the Santa Croce quarter of Reggio Emilia launch a joint appeal). The
  headline became the Word heading 1, each stored paragraph a Word paragraph, and each line
  of the list "NAME C.F. number" a Word "List Bullet" paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  mx06  PDF: a bold heading, seven paragraphs, a place-and-date line and one signature line
        with three names on one A4 page (no cue).
  mx10  DOCX: a heading 1, six paragraphs, the cue paragraph "Ecco i nomi delle
        Associazioni ...:" and eight "List Bullet" paragraphs "NAME \u2013 FORM C.F. number".

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "mx10_nextstopreggio-santa-croce-nove-associazioni-5-per-mille": (
        "Santa Croce, associazioni chiedono il 5 per mille"
    ),
}
PDF: dict[str, str] = {
    "mx06_agrigentooggi-cgil-cisl-uil-lettera-sindaci-reggio-calabria": (
        "Cgil, Cisl e Uil ai sindaci della provincia: venite con noi a Reggio Calabria"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
