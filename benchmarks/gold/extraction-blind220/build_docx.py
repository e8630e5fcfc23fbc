#!/usr/bin/env python3
"""Build the DOCX document of the hd blind extraction set (hd05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes). The builder is looked up in the parent folder
of this file (``/work/gold_docs.py``, a copy of ``benchmarks/gold/gold_docs.py``).

The text is the real text of a statement by the Sri Lankan platform "Justice for All" on
the draft Protection of the State from Terrorism Act (PSTA), as reproduced on the
dbsjeyaraj.com site and kept as a Markdown README in the news archive repository
``github:nuuuwan/news_long_lk`` (see ``sources.csv``): the body of the article with its
source-link and date lines left out, the stray Markdown line-break backslashes and the
unclosed ``<strong>`` tag before the list removed. The article's title became the Word
heading 1, the four "●" concerns became "List Bullet" paragraphs, and the six signers
(numbered 1, 2, 3, 5, 9, 10 in the source, numbers kept as written) are plain paragraphs
"N. Name". Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  hd05  DOCX: a heading, eleven statement paragraphs with four Word bullets, then six
        numbered paragraphs (with gaps in the numbering) "N. [Title] Name[, PC]", no cue.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "hd05_justice-for-all-psta-statement": (
        "Justice for All opposes the PSTA and reiterates its demand for the immediate"
        " repeal of the PTA"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
