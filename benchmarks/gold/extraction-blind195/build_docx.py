#!/usr/bin/env python3
"""Build the DOCX document of the ge blind extraction set (ge05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the page "An Open Letter to Keir Starmer" on Mollie Gerver's
site (molliegerver.weebly.com/petition.html) as held by the stored web-page corpus (see
``sources.csv``): the site title, the letter's title, its four paragraphs, the
"Signatories:" line and the sign-up note, then the eight signers of the stored window, each
"Name" line followed by a "Position, Institution" line in the source. The navigation bullets
(About, Publications, Media, Contact, Petition) and the "Picture" placeholder were left out,
the blank lines dropped. The letter's title became the Word heading 1, "Signatories:" a
Word heading 2, and each signer a row of a two-column Word table (name | position), under a
header row "Name | Position" added for the layout. The stored window ends inside the eighth
signer's institution ("King's Co"), kept as written. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Layout:
  ge05  DOCX: an open letter of UK-based academics and researchers to Prime Minister Keir
        Starmer against the May 2025 immigration proposals: the site title as a paragraph,
        a heading, four paragraphs, a heading 2 and a sign-up note, then a Word table
        "Name | Position" with eight signer rows "Name | Title, Department, University".

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
    "ge05_molliegerver-open-letter-starmer-immigration": "An Open Letter to Keir Starmer",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
