#!/usr/bin/env python3
"""Build the DOCX document of the ninety-eighth blind extraction set (cl series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The builder is
imported from the directory above the set (``benchmarks/gold/gold_docs.py``) or, when the set
is built where it was collected, from the copy next to this file. The text is the real text of
one stored public web page (see ``sources.csv``); only its line breaks were turned into
document structure (one Word paragraph a line). Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX)        ``## ...``  Heading 2
  ``- ...``  a "List Bullet" paragraph (the "- " marker becomes the Word bullet)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph (a lone "-" stays a plain paragraph "-")

Layouts:
  cl03  DOCX: an Arabic page of al-forum.org on a statement of Tunisian rights organisations
        after the attack of 29 October 2018 on Avenue Habib Bourguiba; four demands each introduced by a lone "-" paragraph, then the cue
        "المنظمات الموقعة" and nine signatories as Word "List Bullet" paragraphs, the last one
        cut by the stored window ("التنسيقية الوطني").

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py or its copy)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "cl03_alforum-tunis-munazzamat-irhab-ar": (
        "منظمات حقوقية تونسية تعبر عن تضامنها الكامل مع الجرحى الامنيين والمدنيين"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
