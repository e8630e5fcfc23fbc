#!/usr/bin/env python3
"""Build the DOCX document of the gl blind extraction set (gl08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news post of the Federació d'Ateneus de Catalunya
(ateneus.cat, 20 September 2014) as held by the stored web-page corpus (see
``sources.csv``): the post's title (its first line) became the Word heading 1, the
introductory sentence a paragraph, the twelve signing entities (already written one a line
as "- Name" in the stored text) Word "List Bullet" paragraphs, and the closing sentence a
last paragraph. Nothing was added, removed or reworded. Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Layout:
  gl08  DOCX: the presentation of the Taula de Barcelona pel Dret a Decidir (18 September
        2014): a heading, one paragraph ("Les entitats i associacions signants han fet una
        crida ..."), twelve Word bullet paragraphs, one of them "Òmnium Cultural (Sr. Quim
        Torra, director del CC el Born)", then a paragraph naming the venue, the president
        of the Ateneu Barcelonès and the coordinator Joan Rigol.

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
    "gl08_ateneus-taula-barcelona-dret-a-decidir": (
        "Les entitats i associacions de Barcelona sumen forces pel Dret a Decidir"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
