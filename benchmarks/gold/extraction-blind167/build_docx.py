#!/usr/bin/env python3
"""Build the DOCX document of the fc blind extraction set (fc03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the statement of regional civil-society organisations in
support of the organisers of the festival "Mirëdita, dobar dan" (Youth Initiative for Human
Rights and Civic Initiatives, Serbia, and Integra, Kosovo), as published on the site of the
Centre for Peace Studies (Centar za mirovne studije, Zagreb) and held by the stored web-page
corpus (see ``sources.csv``): the four body paragraphs as stored, with the page's back link
("Vrati se") and image file name left out; the list cue "Potpisnice (abecednim redom):" became
a Word heading 2 and each numbered signatory line (one a line in the source, "N. Name, City,
Country") a row of a two-column Word table, the number in the first cell and the rest of the
line, as written, in the second; the table has an added header row "Br. | Potpisnica". The
stored page ends inside item 11 ("Centar za žensko i mirovno obrazovanje "), kept as the last
row without its trailing space. Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Layout:
  fc03  DOCX: four paragraphs of the statement, a heading 2, then a Word table (header row
        "Br. | Potpisnica" and 11 rows "N. | Name, City, Country").

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
    "fc03_centarzamir-miredita-potpisnice": (
        "Vlasti Srbije neka zaštite organizatore festivala Mirëdita, dobar dan"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
