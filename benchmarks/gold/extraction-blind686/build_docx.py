#!/usr/bin/env python3
"""Build the two office documents of the blind set iu from texts/ (DOCX and PDF).

Layout:
- iu07_nationaltribune-allies-for-uluru-vote-yes-voice-referendum.docx: the
  stored page text of nationaltribune.com.au (media release of Allies for
  Uluru, a cross-sector collaboration of Australian community organisations,
  9 October 2023, calling on Australians to vote 'Yes' in the Voice
  referendum of 14 October 2023). The release title is a Word Heading 1; then
  the six text paragraphs, the two "<Organisation> CEO <Name>:" lines and
  their quotations as plain paragraphs, the last quotation cut where the
  stored window ends ("at the centre of the soluti").
- iu06_cjt-groups-petition-ban-new-fossil-fuel-expansion.pdf: the stored page
  text of climatejusticetaranaki.wordpress.com (Climate Justice Taranaki
  post, 22 June 2021: over twenty Aotearoa New Zealand groups launch a
  petition to ban new oil, gas and coal permits and expansions by 2022). The
  post title is a bold heading; then five plain paragraphs in DejaVu Sans
  10 pt on A4, the last one cut where the stored window ends ("Sarah Roberts
  of Taranaki Energ").
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
    "iu07_nationaltribune-allies-for-uluru-vote-yes-voice-referendum": (
        "Allies for Uluru call on Australians to vote 'Yes' in Voice Referendum"
    ),
}
PDF: dict[str, str] = {
    "iu06_cjt-groups-petition-ban-new-fossil-fuel-expansion": (
        "Groups launch petition to ban all new fossil fuel expansion by 2022"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
