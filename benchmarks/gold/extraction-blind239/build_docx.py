#!/usr/bin/env python3
"""Build the DOCX document of the hw blind extraction set (hw07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one folder up: fixed creation dates and zip timestamps, so
two builds give identical bytes).

The text is the real text of an actu-fil.com (Algeria) news page on the appeal of seven
Algerian organisations (LADDH, RAJ, SOS Disparus ...) for a concertation towards a broad
consensus, at the start of the 2019 Hirak, as held by the stored web-page corpus (see
``sources.csv``). The page's title, read from its address (the stored text has no title
line), became the Word heading 1; the stored paragraphs became Word paragraphs (blank lines
dropped) and the seven "•" items of the list "(*) Les organisations signataires de l'appel :"
became "List Bullet" paragraphs; the page's two comment-form lines were kept as paragraphs.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  hw07  DOCX: a heading, a news paragraph naming three of the seven organisations inline
        with an asterisk ("Sept organisations* dont la A (LADDH), le B et C"), two
        paragraphs of quotes, the cue paragraph "(*) Les organisations signataires de
        l'appel :", seven Word bullets (acronyms, one with a bracket of two persons'
        names "LADDH (Zehouane/Benissad)"), then two comment-form paragraphs.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "hw07_actufil-sept-organisations-concertation-consensus": (
        "Des organisations de la société civile appellent à une concertation pour un large"
        " consensus"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
