#!/usr/bin/env python3
"""Build the two office documents of the blind set zv from texts/ (DOCX and PDF).

Layout:
- zv04_greenpeace-together4forests-hands-off-eudr.docx: the stored page text of
  greenpeace.org/eu-unit (Greenpeace EU, #Together4Forests press release,
  Brussels, 15 October 2024: more than 225 civil society organisations ask the
  European Parliament and EU governments to reject the Commission's proposal to
  delay the EU deforestation regulation (EUDR) by twelve months). The line
  "#Together4Forests press release" is a Word Heading 1; then the dated lead, the
  line pointing to the full statement and list of signatories, and five quote
  paragraphs (Greenpeace EU, Fern, ClientEarth, EIA, Global Witness) as plain
  paragraphs, the last one cut where the stored window ends ("ecological collaps").
- zv09_cision-ox2-nordic-companies-letter-eu-energy-ministers.pdf: the stored page
  text of news.cision.com (OX2 press release in Swedish: 18 Nordic companies send a
  joint open letter to all EU energy ministers ahead of the Clean Energy
  Ministerial in Copenhagen and Malmo, asking for stronger climate action). The
  headline is a bold 14 pt heading; two plain paragraphs, the link line and the
  line introducing the signers; then the 18 signer lines ("Company, Name, Role"),
  one plain paragraph each, in DejaVu Sans 10 pt on A4; the whole stored text is
  kept.
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
    "zv04_greenpeace-together4forests-hands-off-eudr": (
        "225 global groups say: hands off the EU deforestation regulation"
    ),
}
PDF: dict[str, str] = {
    "zv09_cision-ox2-nordic-companies-letter-eu-energy-ministers": (
        "Företag uppmanar i öppet brev om att öka klimatinsatserna i EU"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
