#!/usr/bin/env python3
"""Build the DOCX document of the jk blind extraction set (jk01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of epress.am (Armenian, April 2012, see
``sources.csv``): the news item on the appeal to the people of Lori to "follow the example of
the Gyumri residents" and drive out the representatives of the Caucasus Center for
Peace-Making Initiatives, signed by the Vanadzor office of the Armenian National Congress and,
"also", by a list of Vanadzor / Lori organisations, as held by the stored web-page corpus (cut
by the corpus inside the last list item). The opening paragraph and the cue line
"Կոչը ստորագրել են նաև." became Word paragraphs and each list line a Word bullet ("List
Bullet" style), the cut last item included. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  jk01  DOCX: an opening paragraph (one signer named inline), the cue paragraph, then 22 Word
        bullets, one organisation a bullet (one of them the Armenian rendering of the Russian
        name on the bullet above it, the last one cut as in the stored text).

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
    "jk01_epress-vanadzor-koch-kovkasyan-kentron": (
        "Հայ ազգային կոնգրեսի Վանաձորի գրասենյակը ստորագրել է լոռեցիներին ուղղված կոչը"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
