#!/usr/bin/env python3
"""Build the DOCX document of the rh blind extraction set (rh06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of AGE Platform Europe (age-platform.eu, see
``sources.csv``): the press release of 17 June 2011 "Inaccessible Websites : Time to Act !"
on the joint web-accessibility campaign of four European organisations, as held by the
stored web-page corpus (cut by the corpus inside the last sentence, "are fully access").
The page's headline became the Word heading 1, the sub-title "Launch of joint campaign for
web accessibility in the EU" and the line "It is time to act!" Word headings 2, and every
other stored line or paragraph a Word paragraph (blank lines dropped, wording unchanged).
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rh06  DOCX: a heading, two short paragraphs (PRESS RELEASE, place and date), a heading 2,
        the repeated headline and the quoted lead as paragraphs, the paragraph that names the
        four campaigning organisations inline (no cue), a heading 2 and two more paragraphs,
        the last one cut as stored.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "rh06_age-platform-inaccessible-websites-time-to-act": (
        "Inaccessible Websites : Time to Act !"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
