#!/usr/bin/env python3
"""Build the two office documents of the blind set zo from texts/ (DOCX and PDF).

Layout:
- zo05_osteopathic-group-of-six-covid-vaccines.docx: the stored page text of
  osteopathic.org (American Osteopathic Association, 15 February 2024: joint
  statement of the "Group of Six" physician organisations in support of COVID-19
  vaccines, addressed to members of Congress). The rubric line "AOA, Statements" is
  a plain paragraph, the article title a Word Heading 1, the subtitle and the
  byline "By Group of Six" plain paragraphs, the cue "Group of Six:" a plain
  paragraph followed by the six member organisations as a Word bulleted list
  (List Bullet), then the five statement paragraphs as plain paragraphs.
- zo09_acponline-physician-groups-nih-vaccine-hesitancy-grants.pdf: the stored page
  text of acponline.org (American College of Physicians newsroom, 2025: statement
  of four physician organisations opposing the NIH decision to terminate grants to
  study vaccine hesitancy). No heading: the stored text begins with the cue
  sentence naming the four organisations, then four quoted statement paragraphs as
  plain paragraphs in DejaVu Sans 10 pt on A4; the last paragraph is cut mid-word
  where the stored window ends ("The health of our commu"), kept as stored.
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
    "zo05_osteopathic-group-of-six-covid-vaccines": (
        "America's leading physician groups unequivocally support COVID-19 vaccines"
    ),
}
PDF: dict[str, str] = {
    "zo09_acponline-physician-groups-nih-vaccine-hesitancy-grants": (
        "Statement from leading physician groups on NIH decision to terminate grants for vaccine hesitancy"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
