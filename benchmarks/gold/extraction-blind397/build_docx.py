#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the om blind extraction set (om01, om02) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  om01  krnews24.it, June 2023: the associations of Crotone (Libera, ANPI, Legacoop,
        cooperatives) express their closeness to Arci Crotone after a slogan was written on
        the door of its seat. The three statement paragraphs became Word paragraphs, the cue
        "FIRME" a Word heading 2 and each of the eleven "•"-bulleted signers (each followed
        by a blank line and preceded by a run of spaces in the stored text) one paragraph in
        the Word style "List Bullet" (the bullet character and the spaces left out).
  om02  ivg.it, October 2018: ARCI Liguria and ARCI Savona condemn the insults and threats
        against the mayor of Savona and the director of ARCI Savona. Each stored paragraph
        (separated by blank lines) became one PDF paragraph; the two closing signature lines
        ("Presidenza regionale ARCI Liguria", "Presidenza territoriale ARCI Savona") stay two
        paragraphs at the end, with no cue. The stored-corpus prefix " date 2018-10 " (page
        metadata, not text of the statement) was left out.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

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
    "om01_krnews24-atti-vandalici-arci-crotone-solidarieta-associazioni": (
        "Atti vandalici contro la sede dell'Arci Crotone, la solidarietà delle associazioni"
    ),
}
PDF: dict[str, str] = {
    "om02_ivg-arci-liguria-savona-condanna-insulti-minacce": (
        "Insulti e minacce alla sindaco di Savona ed al direttore Arci: la condanna dell'Arci ligure"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
