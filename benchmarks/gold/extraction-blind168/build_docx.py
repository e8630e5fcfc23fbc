#!/usr/bin/env python3
"""Build the DOCX document of the fd blind extraction set (fd06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news item of The Zimbabwean (thezimbabwean.co, 14 August
2020), "Communiqué by SADC CSOs on the current human rights situation in Zimbabwe", as held
by the stored web-page corpus (see ``sources.csv``): the corpus's " date 2020-08-14 " prefix
was left out and the trailing spaces at the ends of two paragraphs were dropped; the dateline
("14.8.2020 6:46") and the byline ("by Zimbabwe Human Rights NGO Forum") stay as paragraphs,
the item's title became the Word heading 1, its two paragraphs Word paragraphs (text
unchanged, the double space in "issued a  communiqué" kept) and the closing line that
introduces the communiqué itself ("Communiqué on the current human rights situation in
Zimbabwe", the stored window ends there) a Word heading 2. Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Layout:
  fd06  DOCX: two short paragraphs (dateline, byline), a heading, a paragraph on the meeting
        hosted by two organisations, a paragraph naming five SADC organisations inline with
        their countries in brackets ("namely, A (South Africa), B (Mozambique), C - D
        (Botswana), E (Malawi) and F (Zambia) joined hands with G and H and issued a
        communiqué to ..."), then a heading 2 and nothing after it.

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
    "fd06_thezimbabwean-sadc-csos-communique-zimbabwe": (
        "Communiqué by SADC CSOs on the current human rights situation in Zimbabwe"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
