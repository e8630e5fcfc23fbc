#!/usr/bin/env python3
"""Build the DOCX document of the gm blind extraction set (gm05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a letter published in The Guardian on 13 November 2012
("Letters: EU's day of action") as held by the stored web-page copy of its repost on the
blog greeceoutsidein.blogspot.com (see ``sources.csv``): the letter's title became the Word
heading 1 (moved before the blog's date line), the date line, the letter paragraph and each
signer line (one a line in the source, "Name Role, Organisation" with no comma between the
name and the role) plain paragraphs; the Guardian copyright footer, glued in the stored text
to the last signer line, was split off into its own paragraph. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  gm05  DOCX: a heading, a date paragraph, the letter paragraph (European TUC day of
        action against austerity, solidarity with Greece), then 25 signer paragraphs
        "Name Role, Organisation" / "Name MP" / "Name Organisation", then the Guardian
        copyright paragraph.

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
    "gm05_greeceoutsidein-eu-day-of-action-letter": "Letters: EU's day of action",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
