#!/usr/bin/env python3
"""Build the DOCX document of the fh blind extraction set (fh07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news item of the Palestinian site msad.ps (August 2020) on the
statement of Tunisian associations against the normalisation of relations between the United
Arab Emirates and Israel, as held by the stored web-page corpus (see ``sources.csv``). The
stored text breaks its lines inside sentences (``اعتبرت`` / ``جمعيات تونسية أن ...``) and puts
each list dash on a line of its own (``-`` then the name on the next line): the broken lines
of each of the three prose paragraphs were joined with single spaces into one Word paragraph,
the cue (``ووقع`` / ``على البيان كل من:``) likewise, and each dash-plus-name pair became a
"List Bullet" paragraph with the name as written (its final full stop kept; the last item is
cut in the stored window, ``جمعية المواطنة والتنمية``, and kept cut). Spelling kept as written
(``إسرئيل``). The stored text has no headline, so the document has no heading; the Word title
property below is descriptive. Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Layout:
  fh07  DOCX: three Arabic prose paragraphs (the associations' positions, reported in the
        third person), the cue paragraph "ووقع على البيان كل من:", then seven Word bullet
        paragraphs, one association each.

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
    "fh07_msad-jamiyat-tunisiya-tatbi-imarat-ar": "بيان جمعيات تونسية",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
