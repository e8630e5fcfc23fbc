#!/usr/bin/env python3
"""Build the DOCX document of the hv blind extraction set (hv04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the petition page of the Belgian campaign "Een kind sluit je
niet op. Punt." (https://www.eenkindsluitjenietop.be/petitie/, text as held by the stored
web-page corpus, see ``sources.csv``): its lines in order, the page title as the Word
heading 1, every other non-empty line a paragraph, the lines holding only a space left out.
The campaign's closing block ("Een campagne van", two names, "In samenwerking met", five
names, one a line) stays one paragraph a line, as on the page. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  hv04  DOCX: a heading, eleven paragraphs of petition text (closed petition, Council of
        State suspension, demands), then a cue-less closing block: "Een campagne van",
        "Unicef", "Mineurs en exil", "In samenwerking met", "Caritas", "Ciré",
        "Vluchtelingenwerk Vlaanderen", "JRS", "Amnesty" as plain paragraphs.

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
    "hv04_eenkindsluitjenietop-petitie-detentie-kinderen": (
        "Teken de petitie tegen detentie van kinderen!"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
