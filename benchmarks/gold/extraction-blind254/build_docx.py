#!/usr/bin/env python3
"""Build the DOCX document of the il blind extraction set (il07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of an AbrilAbril news item (Portugal) as held by the stored
web-page corpus (https://abrilabril.pt/local/lisboa-vai-sair-rua-contra-o-racismo-e-xenofobia,
see ``sources.csv``): its eight lines, unchanged, each one a Word paragraph (the stored text
has no title line, so none was added). Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  il07  DOCX: the AbrilAbril report on the call for the Lisbon demonstration against racism
        and xenophobia (after the police operation of 19 December): plain Word paragraphs
        only; the signers are named inline in two paragraphs, nine organisations in one
        sentence ("encontram-se a A, B, C e D, associações como a E e o F, e organizações
        locais ..., como G, H e I") and sixteen persons in another ("A, B, ... e P são
        alguns dos subscritores"), followed by the site's donation appeal.

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
    "il07_abrilabril-lisboa-manifestacao-contra-racismo-xenofobia": (
        "Lisboa vai sair à rua contra o racismo e xenofobia"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
