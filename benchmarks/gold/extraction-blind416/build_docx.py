#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the pf blind extraction set (pf02, pf04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (both cut by the corpus at the end of its window, kept as cut):

- pf02: the Reclaim Your Face joint civil-society statement on the launch of the campaign
  against biometric mass surveillance (reclaimyourface.eu). The page title became the PDF
  heading, each stored paragraph a PDF paragraph (the quotation and its attribution line
  "Filip Milošević, SHARE Foundation, Serbia" each a paragraph); the empty first line of
  the stored text was left out.
- pf04: EDRi's post on the open letter of 108 signatories against reopening the GDPR
  (edri.org, 19 May 2025). The title became the Word heading 1, the two section titles
  ("A broad coalition gravely concerned ...", "Why are we concerned?") Word headings 2,
  each stored paragraph a Word paragraph (the byline "By EDRi · May 19, 2025" and the link
  text "Read the full open letter (pdf)" included).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  pf02  PDF: a heading, the statement paragraphs with the inline list of the seven launching
        groups (places in parentheses), a quotation with its attribution, a cut paragraph.
  pf04  DOCX: a heading 1, a lead paragraph, a byline, two headings 2 with paragraphs, the
        last paragraph cut as in the stored text; no list of signers.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "pf04_edri-108-signatories-reopening-gdpr-open-letter": (
        "Open Letter: Reopening the GDPR is a threat to rights, accountability, and the future"
        " of EU digital policy"
    ),
}
PDF: dict[str, str] = {
    "pf02_reclaimyourface-launch-joint-civil-society-statement": (
        "People across Europe challenge biometric mass surveillance as Reclaim Your Face launches"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
