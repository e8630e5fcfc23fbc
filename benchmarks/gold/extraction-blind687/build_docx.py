#!/usr/bin/env python3
"""Build the two office documents of the blind set iv from texts/ (DOCX and PDF).

Layout:
- iv05_naacpldf-eight-civil-rights-organizations-letter-one-big-beautiful-bill.docx:
  the stored page text of naacpldf.org (NAACP Legal Defense Fund news item, 2025:
  eight national Black civil rights organizations send a letter to Senate and
  House leaders opposing the Senate amendment to H.R.1, the "One Big Beautiful
  Bill" Act). No heading (the stored window has no title line): the "Source:"
  line, two plain paragraphs, the cue "The letter was signed by:", then the
  eight signers as Word "List Bullet" paragraphs, each written as
  "Name Title Organisation" with no commas between the parts, then "Read the
  full letter here.", the "###" separator and the LDF boilerplate paragraph,
  cut where the stored window ends ("to shape the civil").
- iv06_thecnbc-conference-national-black-churches-statement-race-reconciliation.pdf:
  the stored page text of thecnbc.org (The Conference of National Black
  Churches, Charleston, S.C., 2015: statement on race and reconciliation of
  the eight historically Black denominations). The statement title as a bold
  heading, then the introduction, the Isaiah quotation, the signature block on
  two lines (chairman, then the body), the paragraph naming the eight
  denominations and the paragraph naming the participating churches, cut where
  the stored window ends ("members of the United Chu"); DejaVu Sans 10 pt on
  A4.
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
    "iv05_naacpldf-eight-civil-rights-organizations-letter-one-big-beautiful-bill": (
        "Leading Civil Rights Organizations Urge Senate and House Leaders to Reject Harmful Provisions in the One Big Beautiful Bill Act"
    ),
}
PDF: dict[str, str] = {
    "iv06_thecnbc-conference-national-black-churches-statement-race-reconciliation": (
        "Statement on Race and Reconciliation"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
