#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ms blind extraction set (ms07, ms08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, both cut by the corpus at about 2,000 bytes:

  ms07  London Evening Standard (standard.co.uk) news of 2005 on the lawyers' petition against
        the Prevention of Terrorism Bill (control orders), organised by Liberty. The headline
        became the Word heading 1, each stored line a Word paragraph. The text ends inside a
        word ("and auth"), kept as cut.
  ms08  Hindustan Times news on the eight media organisations that wrote to Prime Minister
        Modi about the Press Council of India. Each stored paragraph became a PDF paragraph
        (blank lines left out); the list of the eight organisations is the last paragraph,
        inline after "The eight organisations are:". The stored text has no headline; the
        PDF's title (metadata only) is taken from the page address.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

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
    "ms07_standard-lawyers-mass-terror-law-protest-petition": "Lawyers in mass terror law protest",
}
PDF: dict[str, str] = {
    "ms08_hindustantimes-media-organisations-write-to-pm-press-council": (
        "Media firms write to PM on Press Council of India issue"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
