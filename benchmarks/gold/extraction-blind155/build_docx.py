#!/usr/bin/env python3
"""Build the DOCX document of the eq blind extraction set (eq02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` in the directory above this set; fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of one post of the Indymedia Portugal Hugo repository
(``github:RadioParalelo/indymedia-pt-hugo``, see ``sources.csv``): the body of the post with its
HTML entities decoded (``&nbsp;`` to a space, ``&#8220;``/``&#8221;`` to curly quotes), its tags
and emphasis removed, every paragraph (``<p>``) and hard line break a line, the front matter and
the image left out; the post title is given as a Heading 1 (``# ``). No bullet or table marker
was added. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  eq02  DOCX: the open letter "Contra o racismo e a xenofobia, recusamos o silêncio"
        (Portugal, January 2024) as reposted by Indymedia Portugal: a Heading 1 title, the
        reposter's introduction (signer COUNTS only: 6423, 173 colectivos, 5071 individuals),
        ten addressee paragraphs ("Exmo. Sr. Presidente da República, ..."), the letter body,
        the date line, then a note on a rally. No signer is named: a precision trap.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "eq02_indymedia-pt-carta-aberta-racismo-recusamos-silencio": (
        "Carta Aberta – Contra o racismo e a xenofobia, recusamos o silêncio."
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
