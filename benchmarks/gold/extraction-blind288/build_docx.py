#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ju blind extraction set (ju03, ju04) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

- ju03: the letter of five national housing movements (UNMP, CMP, MNLM, MLB, CONAM) to the
  Minister of Cities, São Paulo, 10 October 2016, as published by conam.org.br (the corpus's
  window ends inside the fourth paragraph, "... em toda a Faixa 1 "). The page's first line
  "Cinco Movimentos Nacionais" became a Word heading 1 ("# " in the text); every other stored
  line is one Word paragraph (the builder drops blank lines), the addressee block kept as its
  five short lines.
- ju04: the Esquerda Diário page with the intellectuals' motion of support for the women's
  group Pão e Rosas (8 March 2021): every non-empty stored line is one PDF paragraph (the
  builder drops blank lines; the one-space line after "Reproduzimos ..." is kept as a
  paragraph), page furniture ("\u00d7", the date line, "Comentários", "Deixar Comentário", the
  window's cut "Des") kept as stored.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ju03  DOCX: a heading 1, the place-date line, the addressee block (five paragraphs), the
        salutation, then the letter's paragraphs; the five signers are the subject of the
        first body paragraph; no cue word and no signature block in the stored text.
  ju04  PDF: two pages of paragraphs; the cue "Reproduzimos a seguir a moção de apoio com as
        assinaturas.", the motion, then 26 "Name - Affiliation" paragraphs; the natural page
        break falls inside the list (the last two signers, then the page furniture, on page 2).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ju03_conam-carta-cinco-movimentos-ministro-cidades": (
        "Carta dos movimentos ao ministro das Cidades"
    ),
}
PDF: dict[str, str] = {
    "ju04_esquerdadiario-intelectuais-mocao-pao-e-rosas-8m": (
        "Intelectuais se posicionam contra o veto ao Pão e Rosas no 8 de março"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
