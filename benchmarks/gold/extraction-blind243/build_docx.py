#!/usr/bin/env python3
"""Build the DOCX document of the ia blind extraction set (ia01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one level up: fixed creation dates and zip timestamps, two
builds give identical bytes).

The text is the real text of a blog post of the Berlin alliance "Volksentscheid Transparenz"
kept as Markdown in the repository ``github:okfde/volksentscheid-transparenz.de`` (see
``sources.csv``): the body of the post with its YAML front matter left out and each
Markdown paragraph a Word paragraph; the source's typo "„W ir" is kept. The post's title
became the Word heading 1. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  ia01  DOCX: the alliance's post of 28 March 2019 on handing its draft Berlin transparency
        law to the Senate for the official cost estimate: a heading, five paragraphs (the
        second with three quotes), then one paragraph "Das Bündnis Volksentscheid
        Transparenz besteht bisher aus: A, B, ..., R." naming its 18 member organisations
        inline, separated by commas, with no list markup.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ia01_volksentscheid-transparenz-einreichung-buendnis": (
        "Gesetzesentwurf zur Kostenschätzung eingereicht"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
