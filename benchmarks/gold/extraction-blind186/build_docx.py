#!/usr/bin/env python3
"""Build the DOCX document of the fv blind extraction set (fv03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of La Jornada Zacatecas kept as Markdown in the
repository ``github:ljzac/ljzac.github.io`` (see ``sources.csv``): the body of the post with
its front matter left out and the two-space indentation of its paragraphs removed (the
post's blank-line paragraph breaks kept as paragraph ends). The post's title became the Word
heading 1; every other paragraph, the closing line included, is a plain Word paragraph as
written. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fv03  DOCX: the open letter of Mexican women's organisations to the journalist Miguel
        Ángel Granados Chapa on his retirement (October 2011): a heading, the salutation,
        eight letter paragraphs naming the media he wrote for, then ONE closing paragraph
        "Con aprecio y admiración." followed by the three signing organisations run
        together with no separator between the second and the third (the first one's name
        contains a colon and commas).

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
    "fv03_ljzac-carta-mujeres-granados-chapa": "Carta de mujeres a Granados Chapa",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
