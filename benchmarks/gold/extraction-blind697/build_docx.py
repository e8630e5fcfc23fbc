#!/usr/bin/env python3
"""Build the two office documents of the blind set qw from texts/ (DOCX and PDF).

Layout:
- qw05_nepalarchives-fnj-central-members-joint-statement.pdf: the stored
  page text of nepalarchives.com (RSS Nepal item of 3 April 2020: nine
  central members of the Federation of Nepali Journalists say in a joint
  statement that the FNJ statement of the day before was not institutional).
  A4, DejaVu Sans: the date line, "for" and "Created by RSS Nepal" as plain
  10 pt paragraphs, the headline as a bold 14 pt heading, the three body
  paragraphs (the nine members are named in prose in the second one), then
  the site's "Related Posts" block as a bold 11 pt sub-heading followed by
  its teaser lines, one plain paragraph per stored line.
- qw06_asianindependent-aidmam-ndmj-dalit-women-demand-justice.docx: the
  stored page text of theasianindependent.co.uk (Asian Independent, New
  Delhi, 10 October 2020: All India Dalit Mahila Adhikar Manch, National
  Dalit Movement for Justice and the Joint Action Forum for Dalit and
  Adivasi Women put forward demands after the Hathras gang rape and
  murder). The headline as a Word "Heading 1", then one plain paragraph per
  stored line: the source line "(Asian Independent)", the dated lead naming
  the three organisations, and the body lines exactly as the stored text
  breaks them (hard line breaks inside paragraphs kept as separate
  paragraphs), ending where the stored window ends mid-sentence.
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
    "qw06_asianindependent-aidmam-ndmj-dalit-women-demand-justice": (
        "Unmute your Mute, Dalit Women Demand Justice"
    ),
}
PDF: dict[str, str] = {
    "qw05_nepalarchives-fnj-central-members-joint-statement": (
        "Some FNJ central members say FNJ Thursday statement not institutional"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
