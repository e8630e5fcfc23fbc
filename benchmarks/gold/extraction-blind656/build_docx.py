#!/usr/bin/env python3
"""Build the two office documents of the blind set ys from texts/ (DOCX and PDF).

Layout:
- ys06_the961-coalition-freedom-expression.docx: the stored page text of the961.com
  (Lebanon, 2020, launch of the Coalition to Defend Freedom of Expression in Lebanon),
  one paragraph per line; the fifteen coalition members are "- " lines and become
  Word "List Bullet" paragraphs; no heading (the stored window has no title line).
- ys07_massar-truth-justice-charter.pdf: the stored page text of massarfamilies.com
  (Syria, February 2021, launch of the Truth and Justice Charter), five plain
  paragraphs in DejaVu Sans 10 pt on A4; the signing associations and their speakers
  are named in prose in the second paragraph.
Both are built by the shared builder with a fixed date, so two builds give identical bytes.

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

DOCX: dict[str, str] = {
    "ys06_the961-coalition-freedom-expression": (
        "Coalition to Defend Freedom of Expression in Lebanon"
    ),
}
PDF: dict[str, str] = {
    "ys07_massar-truth-justice-charter": ("Truth and Justice Charter"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
