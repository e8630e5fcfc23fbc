#!/usr/bin/env python3
"""Build the two office documents of the blind set zi from texts/ (DOCX and PDF).

Layout:
- zi08_hotline-holot-torture-petition.docx: the stored page text of hotline.org.il
  (Hotline for Refugees and Migrants, legal-action page, 22 January 2017: an urgent
  petition to the High Court of Justice by three Israeli organisations against holding
  asylum seekers who were tortured in Sinai in the Holot facility), in Hebrew. Seven
  Word paragraphs, one per paragraph of the page: the image caption line "hotline post
  image" as a plain paragraph, the petition title as a Heading 1, then one plain
  paragraph in which the three petitioners are named in prose (the third glued to the
  Hebrew conjunction), three link lines (full petition, respondents' answer, reply) and
  the stray "x" of a close button, all kept as on the page.
- zi09_readkong-alhaq-addameer-shams-reprisals.pdf: the stored page text of readkong.com
  (a joint submission of Palestinian organisations to the UN Secretary-General on
  intimidation and reprisals, 15 April 2022), in English. The title is a bold 14 pt
  heading; the reporting-period line, the cue line "Submitted by:" and the date line are
  plain paragraphs; the three submitting organisations are three bullets; the section
  title "I. Introduction" is an 11 pt sub-heading; the two numbered paragraphs follow
  (the hard line breaks of the PDF-derived page were joined into one line per paragraph,
  the indentation dropped), the second cut where the stored window ends ("gro"). DejaVu
  Sans 10 pt on A4.
Both are built by the shared builder with a fixed date, so two builds give identical bytes.

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
    "zi08_hotline-holot-torture-petition": (
        "Urgent petition against holding torture survivors in Holot"
    ),
}
PDF: dict[str, str] = {
    "zi09_readkong-alhaq-addameer-shams-reprisals": (
        "Joint Submission to the UN Secretary-General on Intimidation and Reprisals"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
