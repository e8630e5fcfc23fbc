#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the su blind extraction set (su03, su07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  su03  Louisville Charter (louisvillecharter.org) copy of the sign-on letter of 13 June 2013 of
        40 US environmental-health, breast-cancer, environmental-justice and consumer groups to
        Senators Boxer and Vitter of the Senate Environment and Public Works Committee and the
        sponsors of S. 1009, the Chemical Safety Improvement Act. The page opens with a link line
        ("Read the Statement/News Release") and one paragraph of the signers' names separated by
        en dashes (one pair by a double hyphen), then the date, the two addressees' blocks and
        the list of the bill's sponsors, cut by the corpus inside that list. Every stored
        paragraph is a PDF paragraph; no heading (the stored text has no title).
  su07  National Consumers League (nclnet.org) press release of 2025: NCL and 17 other safety
        organisations write to the House Appropriations Committee asking for resources for the
        National Highway Traffic Safety Administration. The headline became the Word heading 1,
        the cue "Letter cosigners:" a Word heading 2, each stored paragraph a Word paragraph
        (one cosigner a paragraph), the trailing blanks of the stored paragraphs kept.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  su03  PDF: a link paragraph, one long paragraph of 40 names in 39 items separated by " - "
        (one item holds two names joined by " -- "), a date paragraph, eight addressee paragraphs (two blocks of four), one
        paragraph of the bill's sponsors (cut).
  su07  DOCX: a heading 1, a media-contact paragraph, the lead paragraph, a quote paragraph,
        a paragraph on the markup, a link paragraph, a heading 2 "Letter cosigners:", eighteen
        one-name paragraphs, a "###" paragraph, "About the National Consumers League (NCL)" and
        a boilerplate paragraph (cut).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "su07_nclnet-safety-groups-letter-house-appropriations-nhtsa": (
        "NCL, 17 safety organizations, call on Congress to provide robust resources to NHTSA"
    ),
}
PDF: dict[str, str] = {
    "su03_louisvillecharter-groups-letter-senate-chemical-safety-improvement-act": (
        "Letter of 13 June 2013 to the Senate Environment and Public Works Committee on the"
        " Chemical Safety Improvement Act (S. 1009)"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
