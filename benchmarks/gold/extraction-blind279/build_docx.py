#!/usr/bin/env python3
"""Build the DOCX document of the jo blind extraction set (jo07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page (see ``sources.csv``), as held by the stored
web-page corpus:
  jo07  kar-online.com/node/14371 (Persian, 25 Dey 1396 = 15 January 2018): the letter of
        three Iranian left organisations in Canada to human-rights, governmental and labour
        organisations in Canada on the people killed and arrested in the protests of
        December 2017 - January 2018. The headline became a Word heading 1; every other
        stored paragraph (blank-line separated) one Word paragraph, the hard line breaks
        inside a paragraph joined by one space (the double spaces written in the page kept);
        the closing "با احترام" (its trailing space dropped), each of the three signing
        organisations and the date line one paragraph each. The site's comment link
        "افزودن نظر جدید" and an empty one-space paragraph after the date were left out.
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
    "jo07_kar-online-nameh-tashakkolha-kanada-bazdasht-ha": (
        "نامه به تشکل های حقوق بشری ٬ دولتی وکارگری در کانادا"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
