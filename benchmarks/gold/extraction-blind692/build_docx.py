#!/usr/bin/env python3
"""Build the two office documents of the blind set lg from texts/ (DOCX and PDF).

Layout:
- lg09_news12-bronx-cpr-letter-adams-gun-violence-plan.docx: the stored page
  text of bronx.news12.com (News 12 Bronx, 9 March 2022: Communities United for
  Police Reform sends Mayor Eric Adams a letter signed by more than 75
  community organisations against his plan to end gun violence; Mark
  Winston-Griffith of the Brooklyn Movement Center is quoted). The headline is
  a Word Heading 1; the standfirst, the byline "News 12 Staff", the date line,
  the "Updated ..." line, the "Share:" widget label and the seven text
  paragraphs follow as plain paragraphs, one per stored line, in stored order.
- lg07_tribune-pakistan-media-bodies-reject-peca-ordinance.pdf: the stored
  page text of tribune.com.pk (The Express Tribune, 21 February 2022: the
  media bodies APNS, CPNE, PFUJ, PBA and AEMEND reject the PECA amendment
  ordinance in a joint statement; the PFUJ president and secretary-general
  announce a court challenge). The headline is a bold 14 pt heading, the
  sub-headline ("HRCP calls for ...") a bold 11 pt sub-heading, then the
  byline/date line, the photo caption, the "KARACHI:" dateline and the text
  paragraphs in DejaVu Sans 10 pt on A4, including the "Also read:" link
  line; the last paragraph is cut where the stored window ends ("in the
  name of dignity and security").
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
    "lg09_news12-bronx-cpr-letter-adams-gun-violence-plan": (
        "Community organization demands that Mayor Adams rework plan to end gun violence"
    ),
}
PDF: dict[str, str] = {
    "lg07_tribune-pakistan-media-bodies-reject-peca-ordinance": (
        "Media bodies reject ‘draconian’ PECA ordinance"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
