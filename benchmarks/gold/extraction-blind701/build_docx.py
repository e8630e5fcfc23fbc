#!/usr/bin/env python3
"""Build the two office documents of the blind set sf from texts/ (DOCX and PDF).

Layout:
- sf05_heise-kjp-verbaende-stellungnahme-cannabisgesetz.docx: the stored page
  text (u1305331.sandbox.heise-webseiten.de/b/stellungnahme) of the joint
  statement of five German child and adolescent psychiatry and paediatrics
  societies and associations (DGKJP, DGKJ, BAG KJPP, BKJPP, BVKJ) on the
  draft Cannabis Act (CanG, 2023). Two short label lines ("Berufsverbaende",
  "Stellungnahme"), the statement title as a Word Heading 1, the line naming
  the five bodies, then the first text paragraph, cut where the stored window
  ends ("mit der ...kontrollierten").
- sf06_rsb-learned-societies-horizon-europe-association.pdf: the stored page
  text of rsb.org.uk (Royal Society of Biology news, 2023: the Royal Society
  of Biology, the Royal Society of Chemistry and the Institute of Physics
  write jointly to the UK Chancellor and Prime Minister on association to
  Horizon Europe). Two page-furniture lines ("You are here", an image name),
  five plain paragraphs, the "Signed by:" line and three bullets, each
  "Name, chief executive, Society".
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
    "sf05_heise-kjp-verbaende-stellungnahme-cannabisgesetz": (
        "Gemeinsame Stellungnahme zum Cannabisgesetz (CanG)"
    ),
}
PDF: dict[str, str] = {
    "sf06_rsb-learned-societies-horizon-europe-association": (
        "Learned societies' joint action on Horizon Europe association"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
