#!/usr/bin/env python3
"""Build the DOCX document of the ho blind extraction set (ho08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` one folder up (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the SUNIA Sicilia blog (Italian tenants' union),
as held by the stored web-page corpus (see ``sources.csv``): the post title became the
Word heading 1, the capitalised lead line a Word heading 2 and the statement sentence one
paragraph; the blog's comment-form lines ("Lascia un commento", "Il tuo indirizzo email
non sarà pubblicato ...") were left out. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  ho08  DOCX: the joint declaration of the general secretaries of the four Italian tenants'
        unions (SUNIA, SICET, UNIAT Aps, Unione Inquilini) of 28 July 2021 on evictions:
        a heading naming the four unions, an all-capitals heading 2, then one paragraph
        whose subject is an inline list alternating person and union
        ("Stefano Chiappelli, SUNIA, Nino Falotico, SICET, ...").

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ho08_suniasicilia-segretari-generali-sfratti": (
        "Dichiarazione dei segretari generali di SUNIA, SICET, UNIAT Aps, Unione Inquilini"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
