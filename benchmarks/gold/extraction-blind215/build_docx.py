#!/usr/bin/env python3
"""Build the DOCX document of the gy blind extraction set (gy01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the FairVote page "Endorsers of the NPV Plan"
(archive3.fairvote.org, see ``sources.csv``) as held by the stored web-page corpus: the page
title became the Word heading 1, the introductory sentence a paragraph and each endorser
(a "  • " bullet line in the stored text) a "List Bullet" paragraph, with its trailing link
text and comment kept as written ("Name (ACRONYM) - Statement"); blank lines were dropped.
The stored window ends inside the eighteenth endorser ("U.S. Pu"), kept as written. Nothing
here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  gy01  DOCX: a heading, one paragraph, then 18 Word bullet paragraphs, one endorsing
        organisation each, most followed by " - " and a comment or link text
        ("Statement", "Website", a sentence on the organisation's resolution), one run into
        its link text with no separator ("(AAA-Fund)AAA-Fund's endorsement ..."), the last
        one cut.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "gy01_fairvote-npv-plan-endorsers": "Endorsers of the NPV Plan",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
