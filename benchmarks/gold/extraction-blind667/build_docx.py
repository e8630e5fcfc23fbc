#!/usr/bin/env python3
"""Build the two office documents of the blind set zg from texts/ (DOCX and PDF).

Layout:
- zg09_cfth-joint-letter-mayor-adams-immigrants-new-arrivals.docx: the stored page
  text of coalitionforthehomeless.org (New York City, press release on the joint
  letter of Coalition for the Homeless, Legal Aid Society, Win and 20 other groups
  to Mayor Eric Adams on protecting immigrants and new arrivals), one paragraph per
  line; the press-release headline is a level-1 Word heading; the signers are named
  only in prose (headline and lead sentence); the four address lines of the letter
  are four short paragraphs; the text ends where the stored window ends (mid-word).
- zg10_wric-henrico-13-organizations-remove-sros.pdf: the stored page text of
  wric.com (Henrico County, Virginia, news report on the letter of 13 organizations
  and three individuals to the Henrico School Board asking to remove all school
  resource officers), plain paragraphs in DejaVu Sans on A4, no heading (the stored
  text has no headline); two signers named in one prose sentence.
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
    "zg09_cfth-joint-letter-mayor-adams-immigrants-new-arrivals": (
        "Joint Letter to Mayor Eric Adams Calling for the Protection of Immigrants and New Arrivals"
    ),
}
PDF: dict[str, str] = {
    "zg10_wric-henrico-13-organizations-remove-sros": (
        "13 organizations call for removal of all school resource officers in Henrico County"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
