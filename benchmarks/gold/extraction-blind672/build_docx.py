#!/usr/bin/env python3
"""Build the two office documents of the blind set zn from texts/ (DOCX and PDF).

Layout:
- zn09_thecitizen-tanzania-rights-bodies-proposals-ccm.docx: the stored page text of
  thecitizen.co.tz (The Citizen, Dar es Salaam, October 2025: a coalition of ten
  Tanzanian rights organisations led by THRDC submits proposals to the ruling party
  CCM a week before the 29 October elections). The article title is a Word
  "Heading 1"; the eight article paragraphs follow as plain Word paragraphs, one per
  stored paragraph (the last one ends where the stored window ends). The ten
  organisations are named only in prose in the fourth paragraph; the person who led
  them is named in the third.
- zn10_openzambia-church-mother-bodies-cyber-bill-appeal.pdf: the stored page text of
  openzambia.com (Lusaka, March 2021: the three church mother bodies appeal to
  President Lungu not to assent to the Cyber Security and Cyber Crimes Bill; the
  activist Laura Miti and the musician PilAto speak separately). The headline is a
  bold 14 pt heading, then the eight stored paragraphs as plain paragraphs in DejaVu
  Sans 10 pt on A4, one page; the last paragraph is cut mid-word where the stored
  window ends. The three church bodies are named only in prose in the second
  paragraph.
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

DOCX: dict[str, str] = {
    "zn09_thecitizen-tanzania-rights-bodies-proposals-ccm": (
        "Rights bodies' concerns ahead of Oct 29 elections"
    ),
}
PDF: dict[str, str] = {
    "zn10_openzambia-church-mother-bodies-cyber-bill-appeal": (
        'Cyber Bill Assent "Sin Against Zambia" - Laura Miti'
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
