#!/usr/bin/env python3
"""Build the DOCX document of the fp blind extraction set (fp07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a page of the Syrian news portal kulilk.com (28 February 2014):
the final statement and recommendations of the first forum of Syrian civil-society
organisations, held in Antakya under the sponsorship of the "National Comprehensive Bloc"
(الكتلة الوطنية الجامعة في سورية), as held by the stored web-page corpus (see ``sources.csv``).
The stored text is a headline line, a date line and two prose paragraphs (the second one
opening mid-sentence after a blank line, as in the source), then the start of the
recommendations ("التوصيات / "), where the stored window ends. The headline became the Word
heading 1 and every other non-empty line one Word paragraph, words and punctuation as
written (Eastern Arabic digits, spaced commas and colons kept; the trailing space after
"التوصيات /" kept). Nothing here decides who signed: the labels in ``labels/`` were written
by reading.

Layout:
  fp07  DOCX: a heading, a date paragraph, then two Arabic prose paragraphs; the second
        names an elected coordination committee inline after "مكونة من السادة :" (a
        coordinator "Name / منسقا ،" then "وعضوية :" and eighteen persons separated by
        Arabic commas), then a one-line paragraph "التوصيات /".

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
    "fp07_kulilk-multaqa-munazzamat-suriya-bayan-khitami-ar": (
        "البيان الختامي لملتقى منظمات المجتمع المدني السورية"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
