#!/usr/bin/env python3
"""Build the DOCX document of the gs blind extraction set (gs08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a Vlast.kz news item (Kazakhstan, in Russian) as held by the
stored web-page corpus (see ``sources.csv``): the stored window begins with the item's first
paragraph and stops inside its second (at "- заявили междуна"); both paragraphs are kept as
written, one Word paragraph each. The item's headline is not in the stored text, so the
document has no heading; the Word title property carries the headline read from the page
address ("Международные правозащитные организации призвали Казахстан освободить
политзаключенных"). Nothing here decides who signed: the labels in ``labels/`` were written
by reading.

Layout:
  gs08  DOCX: two paragraphs; the eight international organisations that make the call are
        named inline in the first sentence, with no cue ("Организации A, B (IPHR), C, D, E,
        F, G (FIDH) и H (OMCT) считают, что ..."), Latin and Cyrillic names mixed.

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
    "gs08_vlast-kz-8-organizatsii-osvobodit-politzaklyuchennyh": (
        "Международные правозащитные организации призвали Казахстан освободить политзаключенных"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
