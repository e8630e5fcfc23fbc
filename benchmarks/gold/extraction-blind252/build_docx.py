#!/usr/bin/env python3
"""Build the DOCX document of the ij blind extraction set (ij02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (one level up, a copy of
``benchmarks/gold/gold_docs.py``; fixed creation dates and zip timestamps: two builds give
identical bytes).

The text is the real text of the Paradigm Initiative press release "We will keep tweeting"
(June 2021, Nigeria) as held by the stored web-page corpus for
https://paradigmhq.org/press-release-we-will-keep-tweeting (see ``sources.csv``): every line
of the stored text, word for word and in order, became one Word paragraph; the stored text
has no heading, so none was added. The stored window ends inside the last signer's line
("Chioma Agwuegbo, TechHer"), which is kept as it stands. Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Layout:
  ij02  DOCX: an epigraph (a quotation and its author, "Wole Soyinka", one paragraph each),
        seven statement paragraphs (the last "God bless the Federal Republic of Nigeria!"),
        a "Signed:" paragraph, then six signer paragraphs, one a line, in the forms
        "Name, Role, Organisation (ACRONYM)", "Name, Organisation" and "Name (@handle)".

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ij02_paradigmhq-we-will-keep-tweeting-signed": "Press Release: We Will Keep Tweeting",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
