#!/usr/bin/env python3
"""Build the DOCX document of the id blind extraction set (id04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (``benchmarks/gold/gold_docs.py``
in the repository, copied to the parent folder of this set; fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of an Arabic news item of Syria Press (syria-press.com, October
2021) as held by the stored web-page corpus (see ``sources.csv``): the stored text whole,
one stored line a paragraph; the nine dash-led lines of the list ("-امريكيون من أجل سوريا
حرة", "\u2013 كايلا باك", ...) became Word "List Bullet" paragraphs, their dash marks dropped.
The stored window has no headline and stops mid-sentence ("وحضر الجلسة كل"); no heading was
invented and the last paragraph was kept as stored. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Layout:
  id04  DOCX: four paragraphs (Syrian-American organisations agree in Washington, on
        Friday 22 October, to sign the bylaws of a new body, "التحالف الأمريكي من أجل
        سوريا" / "ACS"), the cue paragraph "والمنظمات التي حضرت وأسست التحالف هي:", nine
        Word bullets (one of them "المجلس السوري الأمريكي-المنتدى السوري", two bodies
        joined by a hyphen; the last one marked "(ضيف)", a guest), then two paragraphs on
        the brainstorming session; right-to-left Arabic text, no table, no heading.

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
    "id04_syriapress-tahaluf-amriki-min-ajl-suriya-ar": ("Syria Press news item, October 2021"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
