#!/usr/bin/env python3
"""Build the two office documents of the blind set zt from texts/ (DOCX and PDF).

Layout:
- zt07_guardian-letter-bahrain-persecution-alwadaei-family.docx: the stored page
  text of theguardian.com (letters page, 11 April 2019: letter of heads of UK
  human rights and campaign organisations on the persecution in Bahrain of the
  family of Sayed Ahmed Alwadaei, director of the Bahrain Institute for Rights and
  Democracy). No heading: the four letter paragraphs (the first one keeps the
  stored date prefix " date 2019-04-11") and then the signatures, one Word
  paragraph each ("Name Role, Organisation"), the last one cut where the stored
  window ends ("Saloua Ghazouani Oueslat").
- zt04_rescue-21-organisations-greece-winter-eu-turkey-deal.pdf: the stored page
  text of rescue.org/uk (International Rescue Committee UK press release on the
  joint statement of 21 humanitarian and human rights organisations to European
  heads of state on winter conditions of migrants in Greece under the EU-Turkey
  deal). No heading: five plain paragraphs in DejaVu Sans 10 pt on A4, the last
  one cut where the stored window ends ("granted f").
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
    "zt07_guardian-letter-bahrain-persecution-alwadaei-family": (
        "End Bahrain persecution of Sayed Ahmed Alwadaei and his family"
    ),
}
PDF: dict[str, str] = {
    "zt04_rescue-21-organisations-greece-winter-eu-turkey-deal": (
        "EU leaders need to take immediate action to save lives in Greece this winter"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
