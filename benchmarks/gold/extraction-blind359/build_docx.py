#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the nb blind extraction set (nb03, nb04) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  nb03  the UIL Pensionati page with the joint note of the general secretaries of Spi-Cgil,
        Fnp-Cisl and Uilp-Uil ("Le pensioni non si toccano ..."), as held by the stored
        web-page corpus: each stored line became one Word paragraph; no heading was added
        (the stored text has none; the DOCX title property is the note's opening quote).
  nb04  the 24emilia page "Lavoro, lettera sindacati: Conte ci convochi" (the letter of the
        general secretaries of Cgil, Cisl and Uil to Prime Minister Conte), as held by the
        stored web-page corpus: the page's headline became the PDF heading, the one body
        paragraph a PDF paragraph (the empty line between them left out).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  nb03  DOCX: five plain Word paragraphs; the signers are named inside the second one
        ("i Segretari generali di A, B e C X, Y e Z"), repeated short in the fifth.
  nb04  PDF: a bold heading and one paragraph naming the three confederations and then
        their three general secretaries in the same order.

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
    "nb03_uilpensionati-spi-fnp-uilp-governo-si-fermi": "Le pensioni non si toccano",
}
PDF: dict[str, str] = {
    "nb04_24emilia-lettera-cgil-cisl-uil-conte-ci-convochi": (
        "Lavoro, lettera sindacati: Conte ci convochi"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
