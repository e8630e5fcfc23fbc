#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ml blind extraction set (ml01, ml02) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  ml01  cacciamagazine.it, "44 sigle chiedono al governo di essere informate della riforma
        della legge sulla caccia" (June 2025): the three stored paragraphs as Word paragraphs,
        the cue "Le quarantaquattro sigle" as a paragraph, and each item of the stored dash
        list as a Word "List Bullet" paragraph; the stored window ends inside the 29th item
        ("Legambient"), kept as cut. The headline is not in the stored text and is only the
        document's title property.
  ml02  greenreport.it (archive), "Proposta di legge caccia selvaggia: pericolosa,
        incostituzionale e viola le Direttive europee" (31 January 2024): the headline as a
        heading, the standfirst and "Considerazioni introduttive" as sub-headings, the other
        stored paragraphs as paragraphs (two double spaces of the stored text collapsed);
        the stored window ends mid-word ("i principali pr"), kept as cut.

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

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ml01_cacciamagazine-44-sigle-riforma-legge-caccia": (
        "44 sigle chiedono al governo di essere informate della riforma della legge sulla caccia"
    ),
}
PDF: dict[str, str] = {
    "ml02_greenreport-osservazioni-legge-caccia-selvaggia": (
        "Proposta di legge caccia selvaggia: pericolosa, incostituzionale e viola le Direttive europee"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
