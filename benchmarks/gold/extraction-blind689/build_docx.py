#!/usr/bin/env python3
"""Build the two office documents of the blind set jz from texts/ (DOCX and PDF).

Layout:
- jz09_syriacpress-69-organizations-condemn-turkish-attacks-nes.docx: the
  stored page text of syriacpress.com (Syriac Press, 12 December 2023: 69
  human rights and humanitarian organisations, including the Syriac Cross
  Organization for Relief and Development, issue a joint statement against
  the Turkish drone and air strikes on North and East Syria). The article
  headline is a Word Heading 1; then the five text paragraphs of the stored
  window as plain paragraphs (the window ends with the article's last
  paragraph, nothing cut).
- jz10_ama-abductees-mothers-joint-statement-human-rights-day.pdf: the stored
  page text of ama-ye.org (Abductees' Mothers Association, Yemen, December
  2024: the Association, a member of the Justice for Yemen Pact, issues a
  joint statement with 24 human rights organisations on International Human
  Rights Day). The stored window has no headline, so there is no heading:
  eight plain paragraphs in DejaVu Sans 10 pt on A4, the last two being the
  line "To tead the Statement:" (sic) and the address of the statement's PDF.
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
    "jz09_syriacpress-69-organizations-condemn-turkish-attacks-nes": (
        "Human rights organizations in North and East Syria condemn ongoing Turkish attacks, call for immediate protection of civilians"
    ),
}
PDF: dict[str, str] = {
    "jz10_ama-abductees-mothers-joint-statement-human-rights-day": (
        "Joint statement by the Abductees' Mothers Association and human rights organizations on the occasion of International Human Rights Day"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
