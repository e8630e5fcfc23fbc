#!/usr/bin/env python3
"""Build the two office documents of the blind set zk from texts/ (DOCX and PDF).

Layout:
- zk09_levif-sign-for-my-future-coalition.docx: the stored page text of levif.be
  (Le Vif / Belga, Belgium, 2019: the "Sign for my future" climate petition passes
  100,000 signatures; the coalition behind it gathers citizen collectives, NGOs,
  universities, professional bodies, media and company heads). The stored window
  holds the same Belga paragraph twice; both copies are kept, each as one plain
  Word paragraph (no heading: the stored text has none). The coalition members
  are named only in prose, grouped by kind in brackets.
- zk10_bfmtv-beziers-debout-manifestation-menard.pdf: the stored page text of
  bfmtv.com (May 2016: "Beziers Debout" march against the mayor Robert Menard, at
  the call of left parties, unions and associations). The site name "BFMTV" is a
  plain paragraph, the rubric "Extreme droite" a bold 11 pt sub-heading, the
  article title a bold 14 pt heading, then the photo caption lines, the article
  paragraphs and the agency line as plain paragraphs in DejaVu Sans 10 pt on A4.
  The signers are named only in prose in the second article paragraph.
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
    "zk09_levif-sign-for-my-future-coalition": ("Le Vif (Belga) - pétition Sign for my future"),
}
PDF: dict[str, str] = {
    "zk10_bfmtv-beziers-debout-manifestation-menard": (
        "Béziers: une manifestation contre le maire de la ville Robert Ménard"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
