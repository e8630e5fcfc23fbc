#!/usr/bin/env python3
"""Build the DOCX document of the fb blind extraction set (fb03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the Blog do Jamildo (Recife, Brazil) kept as Markdown
in the repository ``github:cynaramaira/jamildorep`` (see ``sources.csv``): the body of the
post with its Jekyll front matter left out and its empty lines dropped. The post's title
became the Word heading 1, the letter's own title ("CARTA ABERTA AO GOVERNADOR PAULO
CÂMARA") a Word heading 2, and every other line of the post (one a line in the source) a
plain paragraph, in order: the open letter, its closing "Atenciosamente," and the fourteen
signing entities one a paragraph ("A Central Única de Trabalhadores - CUT"), then the photo
credit and the blog's own news paragraphs that follow the letter in the same post. Nothing
here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fb03  DOCX: the open letter of the Frente Brasil Popular de Pernambuco to Governor Paulo
        Câmara (April 2016, impeachment of Dilma Rousseff): a heading, a heading 2, a quoted
        epigraph and letter paragraphs, "Atenciosamente," then fourteen plain paragraphs
        "<article> <Entity> - <ACRONYM>" with no list style and no cue word, then the news
        paragraphs of the post (secretaries, parties and deputies named in prose).

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
    "fb03_jamildo-frente-brasil-popular-carta-paulo-camara": (
        "Carta aberta ao governador Paulo Câmara"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
