#!/usr/bin/env python3
"""Build the DOCX document of the fy blind extraction set (fy08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the page "Om 'Så er det nu: Gør valget grønt'" of the Danish
campaign site of the citizens' initiative "Så er det nu" (Gatsby page kept in the repository
``github:Roejkum/saa-er-det-nu-website``, ``src/pages/om-os.js``; see ``sources.csv``): the
text of the page as a browser shows it, with the JSX markup, the sun graphic and the image
left out, runs of spaces collapsed, and each ``<br /><br />`` turned into a paragraph end.
The page's <h2> title became the Word heading 1, its <h3> headings Word heading 2, its
bold lead-ins plain paragraphs, the endorsers' run ("<b>Name</b> Occupation; ...") one
plain paragraph as on the page, and the founders' <li> items "List Bullet" paragraphs.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fy08  DOCX: a link line, a heading, the campaign's aims and its three goals in plain
        paragraphs (organisations named in passing), then the heading 2 "Anbefalere af
        underskriftsindsamlingen:" and one long paragraph of about a hundred endorsers
        "Name Occupation;" (persons, a few with an employer or club), then a heading 2 on
        the founders and coordinating group and twelve Word bullets with their names.

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
    "fy08_saa-er-det-nu-anbefalere-underskriftsindsamling": ("Om ‘Så er det nu: Gør valget grønt’"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
