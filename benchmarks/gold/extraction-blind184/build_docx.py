#!/usr/bin/env python3
"""Build the DOCX document of the ft blind extraction set (ft05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the Sacramento chapter of the Democratic Socialists
of America kept as Markdown in the repository ``github:dsasacramento/dsasacramento.github.io``
(see ``sources.csv``): the body of the post with its front matter left out, its Markdown
emphasis (``**``, ``<strong>``) removed and its link targets dropped (link texts kept). The
post's title became the Word heading 1, its two numbered lists stay paragraphs that begin
"1.", "2.", ... as written, and its bulleted list of local organisations (one item a line in
the source) became "List Bullet" paragraphs. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  ft05  DOCX: the chapter statement of Sacramento DSA of 30 April 2020 on the COVID-19
        crisis: a heading, statement paragraphs, five numbered demands to the mayor, the
        county board and the governor, then three Word bullet paragraphs naming local
        organisations the chapter "stands in solidarity with" (not signers), four numbered
        steps (petitions, a letter) and a closing paragraph. No signature block.

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
    "ft05_sacdsa-covid-crisis-chapter-statement": "Chapter Statement on COVID Crisis",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
