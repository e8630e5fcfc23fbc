#!/usr/bin/env python3
"""Build the DOCX document of the gv blind extraction set (gv05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news post kept as Markdown in the repository
``github:ethoslabmx/ntn-ethos`` (the Hugo site of Ethos Laboratorio de Políticas Públicas,
Mexico; see ``sources.csv``): an article of El Heraldo de México of July 2017 on the
pronouncement of the "Vamos por más" initiative. The post's front matter was left out except
its title (the Word heading 1) and its author line ("El Heraldo de Mexico", a paragraph);
its Markdown emphasis (``*``, ``**``) was removed and its four bullet points became Word
"List Bullet" paragraphs. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  gv05  DOCX: a heading, the source line, a lead paragraph, then the paragraph naming the
        signers inline ("Organizaciones como el A (IMCO), B, C, ..., Ethos y ciudadanos como
        P, Q, R y S, firmaron el pronunciamiento."), quotes, and four Word bullets with the
        demands.

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
    "gv05_ethos-heraldo-vamos-por-mas-pronunciamiento": (
        "Iniciativa ‘Vamos por más’ pide fortalecer lucha anticorrupción"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
