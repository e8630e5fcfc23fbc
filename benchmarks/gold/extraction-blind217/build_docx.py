#!/usr/bin/env python3
"""Build the DOCX document of the ha blind extraction set (ha03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a public Google Forms page (UK, 2020) as held by the stored
web-page corpus (see ``sources.csv``): the statement "Make social care a free, well-funded,
publicly provided service! Sign our statement" and its first signers, one a line in the
source, "Name, Role, Union branch". The page's title became the Word heading 1, the four
statement paragraphs Word paragraphs (the blank lines between them dropped) and each signer
line a "List Bullet" paragraph; the stored copy ends mid-line ("Community the union
Leicester a") and so does the DOCX. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  ha03  DOCX: a heading, four paragraphs of a statement by trade unionists on social care
        (Nadia Whittome MP quoted, the Labour Party and "our unions" addressed), then 12 Word
        bullet paragraphs "Name, Role, Union branch" (branch secretaries of Unison and Unite,
        three councillors with a CLP and a union), the last one cut.

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
    "ha03_social-care-statement-union-branch-officers": (
        "Make social care a free, well-funded, publicly provided service! Sign our statement"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
