#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the mv blind extraction set (mv06, mv10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

- mv06: the FRS-FNRS (Belgian Fund for Scientific Research) news item "Quatre experts en
  droit du travail adressent des recommandations aux autorités politiques, en attendant la
  fin de la crise" (coronavirus research news, 2020), whose stored text is the headline and
  four author lines "Name, title at UCLouvain". The headline became a Word heading 1 and each
  author line a Word "List Bullet" paragraph (no cue: the list follows the headline).
- mv10: the ATD Quart Monde Belgique post of 23 October 2013 "Des associations réagissent au
  décret ..." The title became the PDF heading, each stored paragraph a PDF paragraph (the
  blank lines of the stored text dropped), the two demands bullets. The four signing
  movements are named inline in the first paragraph ("Les Mouvements A (…), B, le C et D ont
  écrit une lettre ..."); "les associations signataires" later names no one.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  mv06  DOCX: a heading 1, then four Word "List Bullet" paragraphs "Name, title à l'UCLouvain
        \u2013 Université catholique de Louvain" (one with a second affiliation).
  mv10  PDF: a bold heading, a date line, six paragraphs and two bullets on one A4 page.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "mv06_frsfnrs-quatre-experts-recommandations-crise": (
        "Quatre experts en droit du travail adressent des recommandations aux autorités politiques"
    ),
}
PDF: dict[str, str] = {
    "mv10_atd-quartmonde-associations-reagissent-decret-rwlp": (
        "Des associations réagissent au décret réseau wallon de lutte contre la pauvreté"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
