#!/usr/bin/env python3
"""Build the DOCX document of the hq blind extraction set (hq07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one directory up; fixed creation dates and zip timestamps:
two builds give identical bytes).

The text is the real text of a post of the Ontario Universities and Colleges Coalition
(OUCC) site, kept as a Hugo Markdown post in the repository
``github:citizenspress/campuscoalition2`` (see ``sources.csv``): the body of the post with
its TOML front matter left out, its Markdown emphasis (``_``) removed and its two-space line
break (in the contact lines) turned into a paragraph end. The post's title became the Word
heading 1, each paragraph a Word paragraph and each of the ten signatories (one "* " Markdown
bullet a line in the source) a "List Bullet" paragraph. No word was changed. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  hq07  DOCX: the OUCC release of 1 March 2021 asking the Ontario Minister of Colleges and
        Universities, Ross Romano, to fund Laurentian University (Sudbury): a heading, five
        paragraphs, the cue paragraph "Signatories:", ten Word bullets
        "Name, Role - Organisation (ACRONYM) - Unit", then the coalition's boilerplate
        paragraph (its member unions named in a sentence) and two contact paragraphs.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py = benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "hq07_oucc-laurentian-funding-signatories": (
        "From across Ontario, faculty, students, and staff call on Ross Romano to provide more"
        " funding for Laurentian University"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
