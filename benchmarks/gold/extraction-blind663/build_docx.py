#!/usr/bin/env python3
"""Build the two office documents of the blind set za from texts/ (DOCX and PDF).

Layout:
- za09_kadindanhaber-lgbti-dernekleri-bogazici.docx: the stored page text of
  kadindanhaber.com (Turkey, joint statement of LGBTI+ associations on police
  violence at Bogazici University and the closure of its LGBTI+ Studies Club).
  The title line is a level-1 Word heading; the three statement paragraphs are
  plain paragraphs; the signing associations follow with no cue line, each one
  a "List Bullet" paragraph, in the order of the page. The eighth name is cut
  off by the stored window and is kept as cut. No table.
- za10_gaziantepdogus-tabip-odasi-ttb-kayyum.pdf: the stored page text of
  gaziantepdogus.com (Turkey, Gaziantep-Kilis chamber of physicians' press
  statement against the removal of the Turkish Medical Association's central
  council, with the parties, unions and chambers that joined it named in one
  run-on prose sentence). A4, DejaVu Sans: the opening paragraph (supporters
  and the reader of the statement) is a 10 pt paragraph, the three news
  sub-headings are 11 pt bold sub-headings, the body paragraphs are 10 pt
  paragraphs; the text ends mid-word where the stored window ends. A
  whitespace-only paragraph of the page was left out.
Both are built by the shared builder with a fixed date, so two builds give
identical bytes.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "za10_gaziantepdogus-tabip-odasi-ttb-kayyum": ("Tabiplerden TTB'ye dokunma eylemi"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
