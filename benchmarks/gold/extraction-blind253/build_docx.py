#!/usr/bin/env python3
"""Build the DOCX document of the ik blind extraction set (ik04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (copied from
``benchmarks/gold/gold_docs.py``; fixed creation dates and zip timestamps: two builds give
identical bytes).

The text is the real text of a post of the DigitalKoans blog (Charles W. Bailey, Jr.,
digital-scholarship.org, 9 November 2011) as held by the stored web-page corpus (see
``sources.csv``): its title, its two lead paragraphs, the quoted press-release paragraph and
the paragraph naming the North American signatories of the Berlin Declaration on Open Access,
the link to the full list and the blog's footer line. The post's title became the Word
heading 1 and each paragraph (a blank line apart in the stored text) a Word paragraph; no
word was changed. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  ik04  DOCX: a news post on 33 Canadian, Mexican and U.S. institutions signing the Berlin
        Declaration: a heading, two short paragraphs, then two long paragraphs that name the
        signers inline ("have signed the Declaration—including A, the B, C, and the German D
        (co-initiator and custodian)"; "North American signatories now include leading private
        research institutions (such as A and B), public research institutions (C, D), ...,
        and the E (architect of the F)"), then a link paragraph and the footer line.

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
    "ik04_digitalkoans-berlin-declaration-north-american-signatories": (
        "33 Canadian, Mexican, and U.S Institutions Have Signed Berlin Declaration on Open "
        "Access to Knowledge in the Sciences and Humanities"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
