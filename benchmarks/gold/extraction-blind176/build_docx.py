#!/usr/bin/env python3
"""Build the DOCX document of the fl blind extraction set (fl02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a page of the Centre for Liberty (CFL, Nigeria) site kept as a
Laravel Blade template in the repository ``github:JohnJay10/centerforliberty`` (see
``sources.csv``): the press statement of 22 June 2020 launching the Digital Freedom Advocacy
(#InternetNoBeEnemy) against the social media bill and the hate speech bill. Only the text a
visitor sees was kept, in page order: the banner title ("PRESS STATEMENT") became the Word
heading 1, the statement's headline a heading 2, each visible paragraph a Word paragraph
(HTML comments, that is an older draft of the opening paragraphs, the image carousel of
"Peaceful Protest" events and the link targets were left out; the link text "Voice Nigeria"
and the hashtag were kept, the repeated paragraph was kept twice as on the page). The
signature block, one heading in the page ("SIGNED:" and two names separated by line
breaks), became a heading 2 "SIGNED:" followed by one Word paragraph per signer. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fl02  DOCX: heading 1 "PRESS STATEMENT", heading 2 headline, nine paragraphs (the issuing
        organisation named in the first one under a longer name, "Voice Nigeria" as sponsor,
        the Senate, the DSS, persons named in the news), heading 2 "SIGNED:", then two
        paragraphs "Name - For: Centre for Liberty (CFL)".

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
    "fl02_centerforliberty-internetnobeenemy-statement": (
        "CFL - Voice Unveils Digital Freedom Advocacy (#InternetNoBeEnemy), Tasks Senate On "
        "Shrinking Civic Space"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
