#!/usr/bin/env python3
"""Build the DOCX document of the er blind extraction set (er05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (copied from
``benchmarks/gold/gold_docs.py`` into the directory above this set; fixed creation dates and
zip timestamps: two builds give identical bytes).

The text is the real text of a stored public web page (fsu68.fsu.fr, March 2011, see
``sources.csv``), as the stored-page corpus holds it: one paragraph a line, nothing added
except the ``# `` marker that makes the page title a Word Heading 1. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  er05  DOCX: the joint declaration of five French union confederations "La préférence
        nationale n'est pas compatible avec le syndicalisme !" (March 2011): the title as
        Heading 1, then plain paragraphs: "Déclaration commune", the signer line
        "CFDT - CGT (en dash) FSU (en dash) SOLIDAIRES (en dash) UNSA" (acronyms separated by a hyphen and en dashes,
        no cue), the first paragraph of the text (the title repeated inside it) and the
        page's truncation "Dans (...)". No list style, no table.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (gold_docs.py in the directory above)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "er05_fsu68-declaration-commune-preference-nationale": (
        "La préférence nationale n’est pas compatible avec le syndicalisme !"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
