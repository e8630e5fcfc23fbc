#!/usr/bin/env python3
"""Build the two office documents of the blind set zp from texts/ (DOCX and PDF).

Layout:
- zp06_oxfam-australia-three-agencies-refugee-intake-advertisement.docx: the stored
  page text of media.oxfam.org.au (Oxfam Australia media release, 8 September 2015:
  Oxfam, World Vision and Save the Children place a joint advertisement in The
  Australian calling for an overall humanitarian intake of 30,000 refugees as
  Australia raises its Syrian intake). The release title is a Word Heading 1; the
  rubric line ("Emergencies, Humanitarian Advocacy, Media Releases, News article
  written on the 08 Sep 2015") and the nine body paragraphs (lead, the
  advertisement sentence naming the three agencies, quotes by Pam Anders of Oxfam
  Australia and Tim Costello of World Vision) are plain paragraphs; the last
  paragraph is cut mid-word where the stored window ends ("will continu"), kept
  as stored.
- zp10_kuna-five-un-agency-heads-courage-syria.pdf: the stored page text of
  kuna.net.kw (Kuwait News Agency, New York, 23 April 2014: the heads of five UN
  aid agencies urge the international community to find the courage to end the
  war in Syria). The font-size widget line "A+ A-" is a plain first paragraph, the
  news headline a bold heading (DejaVu Sans Bold 14 pt), then six plain
  paragraphs in DejaVu Sans 10 pt on A4, among them the sentence "The statement
  was signed by ..." naming the five signers with their offices; the last
  paragraph is cut mid-word where the stored window ends ("But we know th"),
  kept as stored.
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
    "zp06_oxfam-australia-three-agencies-refugee-intake-advertisement": (
        "Leading aid agencies: Australia must increase overall refugee intake"
    ),
}
PDF: dict[str, str] = {
    "zp10_kuna-five-un-agency-heads-courage-syria": (
        "Heads of aid agencies urge int'l community to find the courage, will Syrians have plenty of"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
