#!/usr/bin/env python3
"""Build the two office documents of the blind set zd from texts/ (DOCX and PDF).

Layout:
- zd09_into-joint-letter-world-day-social-justice.docx: the stored page text of
  into.ie (Ireland, 20 February 2020, joint letter on the UN World Day of Social
  Justice calling on the incoming government to end child poverty), one paragraph
  per line; the page title is a level-1 Word heading; the six signers follow
  "Yours etc." as plain paragraphs, one "Name, Title, Organisation" per paragraph
  (the whitespace-only lines of the stored page are left out).
- zd10_thirdforce-scottish-charities-inequality-letter.pdf: the stored page text of
  thirdforcenews.org.uk (Scotland, 5 September 2017, open letter of 37 organisations
  to all Scottish party leaders on economic inequality), the headline as a bold
  14 pt heading, the standfirst as an 11 pt sub-heading, then plain paragraphs in
  DejaVu Sans 10 pt on A4; the signers are named in prose in one run-in sentence;
  the text ends where the stored window ends (mid-word), trailing spaces stripped.
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
    "zd09_into-joint-letter-world-day-social-justice": (
        "Joint letter on UN World Day of Social Justice"
    ),
}
PDF: dict[str, str] = {
    "zd10_thirdforce-scottish-charities-inequality-letter": (
        "Third sector groups unite against poverty"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
