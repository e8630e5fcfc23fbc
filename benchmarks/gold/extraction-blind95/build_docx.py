#!/usr/bin/env python3
"""Build the DOCX document of the ninety-fifth blind extraction set (ci series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of two files of one public repository page (see ``sources.csv``): the Italian
open letter ``openletter.it.xhtml`` and the signature table ``sigtable.en.xml`` that the page
inserts at its ``<sigtable/>`` mark. Only paragraph breaks, heading marks, two "- " list
items and one Word table were turned into document structure; the form fields of the page
were left out. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX)     ``## ...``  Heading 2
  ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  ci07  DOCX: the FSFE "Upcycling Android" open letter in Italian ("Lettera aperta per il
        diritto di installare qualsiasi software su qualsiasi dispositivo"); under the
        Heading 2 "Organizzazioni che sostengono" a two-column Word table "Sito web |
        Organizzazione" holds the 45 supporting organisations (link target, then name, as
        in the page's signature table); the letter's own "Noi, i firmatari" and "Firma la
        lettera" and a closing contact paragraph name no signer.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "ci07_fsfe-upcycling-android-lettera-aperta": (
        "Lettera aperta per il diritto di installare qualsiasi software su qualsiasi dispositivo"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
