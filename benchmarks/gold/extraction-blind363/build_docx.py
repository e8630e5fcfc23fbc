#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the ne blind extraction set (ne01, ne10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  ne01  RTP news of November 2021: the four Portuguese employers' confederations (CAP, CCP,
        CIP, CTP) decide to return to the Social Concertation, quoting their joint
        communiqué as cited by the Lusa agency. The stored text's paragraphs, each a PDF
        paragraph (the runs of empty lines between them left out, the corpus's
        " date 2021-11 " prefix dropped); the PDF title metadata comes from the page's URL.
  ne10  "Carta ao Conselho Federal de Medicina e aos médicos e médicas do Brasil" of
        14 January 2021 (former presidents and former federal councillors of the Brazilian
        Federal Council of Medicine), as republished by ambientedomeio.com: each stored line
        a Word paragraph; the signers stay in two paragraphs "Ex-Presidentes do CFM: A; B; ..."
        and "Ex-Conselheiros Federais: A; B; ...". The DOCX title metadata comes from the
        page's URL.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ne01  PDF: six plain paragraphs, no heading; the four signers named inline twice (in a news
        sentence and as the subject of the quoted communiqué).
  ne10  DOCX: eleven plain Word paragraphs, no heading, no list style, no table; two
        "Category: name; name; ..." paragraphs at the end.

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
    "ne10_ambientedomeio-ex-presidentes-cfm-carta": (
        "Carta ao Conselho Federal de Medicina e aos médicos e médicas do Brasil"
    ),
}
PDF: dict[str, str] = {
    "ne01_rtp-confederacoes-patronais-voltar-concertacao": (
        "Confederações patronais decidem voltar à Concertação Social"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
