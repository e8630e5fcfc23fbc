#!/usr/bin/env python3
"""Build the two DOCX documents of the jw blind extraction set (jw08, jw09) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

Both texts are the real text of stored web pages (see ``sources.csv``), as held by the stored
web-page corpus (cut by the corpus at about 2,000 bytes):

- jw08: daraa24.org on the "حملة إغاثة الجنوب" (relief campaign for Daraa and Suwayda, July
  2025) launched by Syrian civil-society organisations. The report's two opening paragraphs
  became Word paragraphs, its three section titles ("أهداف الحملة", "تفاصيل تنفيذ الحملة حتى 25
  تموز 2025", "أبرز التحديات") Word headings 2, and its "- " lines Word List Bullet paragraphs.
- jw09: caesarfamilies.org (Arabic page) with the call of the Truth and Justice Charter group
  and its partners to a vigil in The Hague (22 June 2022). The page title became the Word
  heading 1, each stored paragraph a Word paragraph (the empty lines between them left out).
  (A PDF was tried first and dropped: fpdf2 2.8 writes Arabic in visual order, so the PDF's
  text layer reads reversed, which would test the PDF reader rather than the extraction.)

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
    "jw08_daraa24-hamlat-ighathat-al-janub-daraa-suwayda-ar": (
        "منظمات مدنية تطلق حملة إغاثة الجنوب"
    ),
    "jw09_caesarfamilies-mithaq-al-haqiqa-wal-adala-wuqfa-lahay-ar": (
        "15 يونيو وقفة تضامنية مع عائلات المعتقلين في سوريا"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
