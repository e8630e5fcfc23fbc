#!/usr/bin/env python3
"""Build the DOCX document of the ih blind extraction set (ih04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` one directory up (a copy of
``benchmarks/gold/gold_docs.py``: fixed creation dates and zip timestamps, so two builds
give identical bytes).

The text is the real text of a Newswire (CNW) media advisory of 3 December 2025 as held by
the stored web-page corpus (see ``sources.csv``): the corpus's leading " date 2025-12-03 "
prefix left out, each paragraph of the stored text one paragraph here, the seven lines
naming the groups present at the press conference (one a paragraph in the source) made Word
"List Bullet" paragraphs. The advisory's title, which the stored text does not hold, is only
the document's core-property title (from the page address). Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  ih04  DOCX: the advisory of the Ligue des droits et libertés and other Quebec groups
        against Bill 1 (Loi constitutionnelle de 2025 sur le Québec): a dateline paragraph,
        "Quand :" / "Où :" / "Qui : Les groupes suivants seront présents le 4 décembre"
        paragraphs, then 7 Word bullets "Organisation name (ACRONYM)" (one naming two
        organisations joined by "ou"), then closing, SOURCE and media-contact paragraphs.

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
    "ih04_newswire-ldl-convocation-projet-de-loi-1": (
        "Avis de convocation - Conférence de presse - Des centaines d'organisations "
        "demandent le retrait complet du projet de loi no 1"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
