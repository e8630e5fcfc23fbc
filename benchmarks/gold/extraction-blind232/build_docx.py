#!/usr/bin/env python3
"""Build the DOCX document of the hp blind extraction set (hp07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a communiqué page of the Institut EGA site (institut-ega.org)
as held by the stored web-page corpus (see ``sources.csv``; the stored window ends in the
middle of a sentence, "Reconnaissant le besoin criant"): the page's title line became the
Word heading 1, each "Considérant ..." line and the "Nous, ..." line a paragraph, the cue
"Co-signataires :" a paragraph, each dash item of the source ("- X") a "List Bullet"
paragraph, and the cut last line a paragraph (its trailing space dropped). Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  hp07  DOCX: communiqué of youth and civil-society organisations of the Sahel (with the
        2r3s network) on understanding insecurity in the Sahel: a heading, four
        "Considérant ..." / "Nous, ..." paragraphs, the cue paragraph "Co-signataires :",
        six Word bullets mixing "Person, coordonnateur du mouvement ... (ACRONYM) et ...",
        "L'association X pour ...", "ACRONYM, le/l'Organisation ..." and "Et le 2r3s, le
        réseau ...", then one cut paragraph.

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
    "hp07_institut-ega-jeunesse-sahel-cosignataires": (
        "Communiqué - La jeunesse s'engage pour une meilleure compréhension des phénomènes"
        " d'insécurité au Sahel"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
