#!/usr/bin/env python3
"""Build the DOCX document of the fa blind extraction set (fa08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a page of the Norwegian Antirasistisk Senter (antirasistisk.no,
6 May 2015, "Frigjøring - for hvem? Nei til femårsregel!") as held by the stored web-page
corpus (see ``sources.csv``): its lines in order, with blank lines dropped and trailing
spaces trimmed. The page's title became the Word heading 1 and the two cue lines
("Appellanter:" and "Foreløpige tilsluttede organisasjoner er:") Word headings 2; the two
inline lists stay one paragraph each, as on the page (names run together, separated by
commas). Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fa08  DOCX: a date paragraph, the heading 1, author and role paragraphs, a heading 2
        "Appellanter:" and one paragraph of eleven speakers "Person role Organisation"
        separated by commas, a heading 2 "Foreløpige tilsluttede organisasjoner er:" and one
        paragraph of 25 organisations separated by commas (three names holding an en dash,
        one "SV- Sosialistisk Venstreparti"), then the site's donation appeal.

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
    "fa08_antirasistisk-nei-til-femarsregel": ("Frigjøring – for hvem? Nei til femårsregel!"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
