#!/usr/bin/env python3
"""Build the DOCX document of the ea blind extraction set (ea05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one public GitHub Markdown file (see ``sources.csv``): the
Hugo front matter was dropped except its title (made a Heading 1 with ``# ``) and subtitle
(a plain paragraph); the body's hard-wrapped lines were joined into their paragraphs and the
Markdown escape ``\\*`` was written ``*``. Nothing else was changed: one Word paragraph a
non-empty line, no bullet or table. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ea05  DOCX: a speech of the Göttinger Klimabündnis at the solidarity demonstration for the
        Letzte Generation (17 December 2022), "Keine Kriminalisierung der Klimaschützer*innen";
        no cue, the alliance's name alone in the last paragraph; the Bundesverfassungsgericht,
        the former federal transport minister and the Letzte Generation are named but do not sign.

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
    "ea05_goettinger-klimabuendnis-keine-kriminalisierung": (
        "Keine Kriminalisierung der Klimaschützer*innen"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
