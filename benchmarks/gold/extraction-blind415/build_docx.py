#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the pe blind extraction set (pe01, pe04) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):
- pe01: ottopagine.it (Benevento, February 2021), the joint document of Città Aperta, Patto
  Civico, Riformisti, Moderati/Centro Democratico and Italia Viva ("patto a cinque"). The run-
  together headline and sub-headline of the stored text became a Word heading 1 and heading 2,
  each stored paragraph a Word paragraph (the leading " date 2021-02" marker left out), and the
  five signature lines at the foot ("Città Aperta: Cicatiello \u2013 Di Dio", one a paragraph in the
  source) one row each of a two-column Word table (force | surnames), the colon dropped.
- pe04: terzobinario.it (Ladispoli, stored with the marker " date 2026-02-25", left out), the
  statement of the opposition groups of the Ladispoli council: its five paragraphs, the cue
  "I consiglieri comunali:" and the nine councillors one a paragraph, with a page break after
  the fourth name.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  pe01  DOCX: a heading, a heading 2, four paragraphs, then a 5-row Word table
        "Force | surnames" (the table's first row is set in bold by the shared builder; the
        closing quotation mark of the document stays in the last cell, as stored).
  pe04  PDF: five paragraphs, the cue paragraph, four names, a page break, five names.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "pe01_ottopagine-benevento-patto-a-cinque-civiche-centrosinistra": (
        "Comunali: patto a cinque nell'area civica di centrosinistra"
    ),
}
PDF: dict[str, str] = {
    "pe04_terzobinario-ladispoli-consiglieri-opposizione-numero-legale": (
        "L'opposizione a Ladispoli: maggioranza senza numeri, consiglio paralizzato"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
