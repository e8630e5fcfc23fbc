#!/usr/bin/env python3
"""Build the DOCX document of the hh blind extraction set (hh05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes). The builder is looked up in the parent folder
of this file (``/work/gold_docs.py``, a copy of ``benchmarks/gold/gold_docs.py``).

The text is the real text of a news item of the Romanian-Moldovan site basarabeni.ro
(Basarabeni Media Grup), 2011: organisations joining the civic platform "Acţiunea 2012"
for the union of the Republic of Moldova with Romania, as held by the stored web-page
corpus (see ``sources.csv``). The stored text is whole (1,521 bytes, under the window); only
the image file name line under the title was left out and the trailing spaces of one line
removed. The page title became the Word heading 1; the three paragraphs, the cue line
"Organizaţiile semnatare: 4 iulie 2011" and the thirteen signing organisations (one a
paragraph in the source, no bullets, no numbers) are plain Word paragraphs, spellings as
written (cedilla and comma-below letters mixed, ",,Memoria”"). Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  hh05  DOCX: a heading, three paragraphs, a cue paragraph with a date, then thirteen
        paragraphs each holding one organisation's name (one with a bracketed city).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "hh05_basarabeni-actiunea-2012-organizatii-semnatare": (
        "Începând cu luna iulie, mai multe organizaţii susţin Platforma Civică ACŢIUNEA 2012"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
