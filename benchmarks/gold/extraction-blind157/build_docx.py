#!/usr/bin/env python3
"""Build the DOCX document of the es blind extraction set (es06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the Jamildo blog archive repository
(``github:cynaramaira/jamildorep``, see ``sources.csv``): the Markdown body of the Jekyll post
with its HTML entities decoded (``&nbsp;`` turned into a plain space and the one double space
this left collapsed), one source line a paragraph and empty lines dropped; the post's
front-matter title was added as the one ``# `` heading. No bullet or table marker was added.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  es06  DOCX: a "# " heading (the blog headline), the journalist's introduction (TRT-PE ruling
        on the Suape strike), then the full "nota de repúdio" of the Sintepav-PE union and the
        Força Sindical de Pernambuco, one paragraph a source line; the two signers are named
        inline in the note's first sentence and again as the last two plain paragraphs
        ("Sintepav-PE - Sindicato dos Trabalhadores ..." / "Força Sindical de Pernambuco"),
        with no cue line; many courts, ministries, companies, politicians and a party named
        in the body are not signers.

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
    "es06_jamildo-sintepav-forca-sindical-nota-repudio-suape": (
        "Sindicatos de Suape divulgam nota de repúdio ao patronato"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
