#!/usr/bin/env python3
"""Build the DOCX document of the hr blind extraction set (hr07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the Blog de Jamildo (JC / NE10, Recife) kept as
Markdown with inline HTML in the repository ``github:cynaramaira/acervo`` (see
``sources.csv``): the body of the post between ``{% raw %}`` and ``{% endraw %}``, its
HTML tags removed, its entities decoded and its whitespace collapsed, one paragraph per
``<p>`` line; the image tag was dropped and its caption kept as a paragraph. The post's
title became the Word heading 1. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  hr07  DOCX: the FolhaPress report of 18 July 2015 on the "Carta de Teresina" of the
        nine governors of the Brazilian Northeast against the impeachment of Dilma
        Rousseff and Michel Temer: a heading, a photo caption, a source line and news
        paragraphs; the nine governors are named inline in two sentences, three as
        "Name (State)" / "o governador em exercício de Sergipe, Name, também do PSB" and
        six as "do/da/de State, Name (Party)"; two ministers and quoted speakers follow.

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
    "hr07_jamildo-governadores-nordeste-carta-teresina": (
        "Governadores do Nordeste fazem carta contra impeachment de Dilma e Temer"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
