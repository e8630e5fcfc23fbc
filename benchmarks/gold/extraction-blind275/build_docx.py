#!/usr/bin/env python3
"""Build the DOCX documents of the jl blind extraction set (jl04, jl07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  jl04  archive.anhri.info/?p=31063 (Arabic, 16 October 2006): the statement of Syrian
        human-rights and civil-society bodies making 15 October a day of solidarity with the
        political detainees in Syrian prisons. The date line and the two statement
        paragraphs became Word paragraphs, the cue "الموقعون:" a paragraph, and each stored
        "  • Name" bullet a Word bullet (List Bullet style); blank lines left out. The stored
        text is cut by the corpus inside the seventh signer's name ("... في سور"), kept as cut.
        The stored text has no headline; none was added (the core-properties title is the
        date line).
  jl07  ldhinfoslaseynesurmer.blogspot.com (French, 29 April 2014): the open letter of the
        presidents of LDH, FIDH and REMDH to the President of the Republic on the Syrian
        refugees camping in a square in Saint-Ouen, as reposted by a local LDH blog. The
        post title became a Word heading 1 (after the blog's date line, kept as a paragraph),
        every other stored paragraph one Word paragraph (blank lines left out, one trailing
        space dropped after "adressée au président de la République").

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

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "jl04_anhri-yawm-tadamun-maataqalin-suriya-2006": "16/10/2006",
    "jl07_ldh-lettre-ouverte-refugies-syriens-saint-ouen": (
        "Lettre ouverte adressée au président de la République au sujet des réfugiés syriens"
        " établis dans un square, à Saint-Ouen"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
