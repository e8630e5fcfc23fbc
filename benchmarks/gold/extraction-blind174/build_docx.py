#!/usr/bin/env python3
"""Build the DOCX document of the fj blind extraction set (fj05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the "Manifesto Tech" (Brazil, February 2022), kept as Markdown
in the repository ``github:manifestotech/manifestotech`` (see ``sources.csv``): the
manifesto itself (``manifesto.md``) and its signatories (``signatarios.md``), the two files
the campaign's site (``github:manifestotech/manifesto-site``) includes in one page. The
repository README's heading ("Manifesto Tech") became the Word heading 1, the manifesto's
own heading a heading 2, its three values (Markdown bullets with bold words) "List Bullet"
paragraphs with the bold markers removed, and the heading "Signatários" a heading 2. Each
signatory line of ``signatarios.md`` ("- **Name** role at company") became a row of a Word
table with the columns "Nome" and "Cargo" (the names of the two fields the site's data
file uses): the bold name in the first cell, the rest of the line as written in the second.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fj05  DOCX: heading 1, heading 2, one paragraph, three Word bullets, one paragraph,
        heading 2 "Signatários", then a Word table (Table Grid) with a bold header row
        "Nome | Cargo" and 23 rows "Person | role na/da Company".

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
    "fj05_manifestotech-manifesto-mercado-tecnologia": "Manifesto Tech",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
