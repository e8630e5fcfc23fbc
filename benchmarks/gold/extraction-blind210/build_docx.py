#!/usr/bin/env python3
"""Build the DOCX document of the gt blind extraction set (gt02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one folder up: fixed creation dates and zip timestamps, two
builds give identical bytes).

The text is the real text of a press statement of the Joint Action Group for Gender Equality
(JAG, Malaysia) as held by the stored web-page corpus for the KRYSS Network site
(https://kryss.network/2020/03/02/press-statement-stop-harassing-women-activists/, see
``sources.csv``): its lines with leading spaces and blank lines removed, the WordPress widget
line ("%d bloggers like this:") left out. The statement's title became the Word heading 1 and
each of the thirteen endorsers (a numbered list "  N. Name (ACRONYM)" in the source) a
"List Bullet" paragraph without its number. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  gt02  DOCX: the JAG press statement of 2 March 2020 against police investigations of women
        activists (Ambiga Sreenevasan, Marina Mahathir, Fadiah Nadwa Fikri): a heading, a photo
        credit line, six paragraphs, the cue paragraph naming the issuer ("The above is issued
        by the Joint Action Group for Gender Equality (JAG) and endorsed by the following:"),
        13 Word bullet paragraphs "Organisation name (ACRONYM)" and a closing line ("Full
        endorsement list here.").

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "gt02_kryss-jag-stop-harassing-women-activists": ("Stop Harassing Women Activists"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
