#!/usr/bin/env python3
"""Build the DOCX document of the gq blind extraction set (gq05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news item of Форум Гражданско Участие (Forum for Civic
Participation, Bulgaria), https://fgu.bg/novini/protiv-grajdanite/, as the stored web-page
corpus holds it (see ``sources.csv``): its three paragraphs kept as written, one paragraph a
line, and the eight organisation names that follow the Bulgarian sentence that ends "...
here:" (one a line on the page) turned into Word "List Bullet" paragraphs. No
heading was added; the document title (core properties) is a phrase of the text's first
sentence. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  gq05  DOCX: three paragraphs (Bulgarian: "Today more than 40 civic organisations ...",
        "For more than an hour ...", "All the opinions of the organisations ... here:") then eight Word
        bullet paragraphs, one organisation each, with no role, place or acronym.

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
    "gq05_fgu-protiv-grazhdanite-organizatsii": ("Законопроекта срещу гражданските свободи"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
