#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ty blind extraction set (ty02, ty08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ty02  Jamaica Observer news of 29 May 2025: eight Jamaican citizens' groups (the Jamaica
        Coalition for a Healthy Society and seven other NGOs) praise the Government for signing
        the Samoa Agreement with an interpretive declaration; the eight named in one sentence
        between em dashes, cut by the corpus at 'back into scho'. The headline became the Word
        heading 1, every stored paragraph a Word paragraph.
  ty08  Radio Maximum FM (Haiti) page of 27 November 2023: the "Note de solidarité et de
        condamnation" of the Organisation des Citoyens pour une Nouvelle Haïti (OCNH) and the
        Combite pour la Paix et le Développement (CPD) after the threats against the staff of
        CARDH, whole, ending with the two-column signature block as stored (two names on one
        line, two offices on the next). The title line became the PDF heading 1, every stored
        paragraph a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ty02  DOCX: a heading 1 (the headline), six paragraphs (the second holds the inline list of
        the eight NGOs between em dashes; the last is cut).
  ty08  PDF: a heading 1 ("Note de solidarité et de condamnation"), five body paragraphs (the
        first names the two issuing organisations), a paragraph "Fritznel PIERRE Camille
        OCCIUS" and a paragraph "Directeur Exécutif du CPD Directeur Exécutif de l'OCNH".

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
    "ty02_jamaicaobserver-eight-ngos-samoa-agreement-reservation": (
        "Citizens\u2019 groups praise Gov\u2019t for \u2018Reservation\u2019 on Samoa Agreement"
    ),
}
PDF: dict[str, str] = {
    "ty08_radiomaximum-ocnh-cpd-solidarite-cardh": (
        "Note de solidarit\u00e9 et de condamnation (OCNH et CPD)"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
