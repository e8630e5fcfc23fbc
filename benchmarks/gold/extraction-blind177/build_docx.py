#!/usr/bin/env python3
"""Build the DOCX document of the fm blind extraction set (fm01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the onestla.tech site (French collective of digital
workers) kept as Markdown in the repository ``github:onestlatech/onestlatech.github.io``
(see ``sources.csv``): the body of the post with its front matter and link targets left
out and its Markdown emphasis (``**``) removed, the indented paragraphs under the numbered
steps turned into paragraphs of their own. The post's title became the Word heading 1, its
``##`` headings Word headings 2, the Markdown bullets (the three forms of blocking and the
19 items of "Liste des sites mobilisés", each "Name (URL)" as written, spacing kept)
"List Bullet" paragraphs and the numbered steps paragraphs "1. ...". Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Layout:
  fm01  DOCX: the onestla.tech call of 20 January 2020 to block digital platforms on
        Friday 24 January (strike against the pension reform): a heading, two paragraphs,
        three headings 2 with paragraphs and three bullets, four numbered steps as plain
        paragraphs, then a heading 2 "Liste des sites mobilisés" and 19 Word bullet
        paragraphs "Name (URL)" (journals, media, agencies, two persons' own sites).

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
    "fm01_onestlatech-appel-blocage-numerique-24-janvier": (
        "Appel au blocage numérique le vendredi 24 janvier"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
