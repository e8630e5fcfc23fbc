#!/usr/bin/env python3
"""Build the DOCX document of the hm blind extraction set (hm09) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one directory up; fixed creation dates and zip timestamps:
two builds give identical bytes).

The text is the real text of the page "Om aksjonen" of the Norwegian campaign site
Legenes klimaaksjon (https://legenesklimaaksjon.no/om-aksjonen), as held by the stored
web-page corpus (see ``sources.csv``): the page title became the Word heading 1, each
paragraph of the page a Word paragraph (the blank lines between them left out) and each
of the nine initiators (one "  • " bullet a line on the page) a "List Bullet" paragraph.
No word was changed. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  hm09  DOCX: the page of the doctors' climate campaign ("Leger krever klimahandling nå!",
        an opprop to the Storting handed over on 26.11.2019): a heading, four paragraphs
        (the last one the cue "Initiativtakerne til Legenes klimaaksjon er:"), nine Word
        bullets "Name, title(s), Unit, Institution" (one a former office only), then a
        contact paragraph.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py = benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "hm09_legenes-klimaaksjon-initiativtakere": "Om aksjonen – Legenes klimaaksjon",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
