#!/usr/bin/env python3
"""Build the DOCX document of the fe blind extraction set (fe03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the Nothing2Hide site (French association for
digital security of journalists) kept as Markdown in the repository
``github:Nothing2Hide/jekyll-website`` (see ``sources.csv``): the body of the post with its
front matter, the ``<!--more-->`` marker, the figure (image and its link) and link targets
left out, its HTML entities decoded (``&#8211;`` -> an en dash, ``&rsquo;`` -> a right single quote) and the
anchor markup of the list removed as a reader sees it ("l&rsquo;A<a ...>ssociation ...</a>
(ajef)_,_" -> "l'Association ... (ajef),"). The post's title became the Word heading 1, its
"Communiqué de presse" heading a Word heading 2 and each item of the Markdown bullet list
(one organisation a line, as written, spelling and spacing kept) a "List Bullet" paragraph.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fe03  DOCX: the Nothing2Hide post of 2 July 2019 on the intervention of "36 associations
        et médias" before the Paris administrative court in the Le Monde "Implant Files"
        case (trade secrets): a heading, a lead naming Nothing2Hide, a heading 2 and three
        press-release paragraphs, then 35 Word bullet paragraphs (associations, unions,
        media and journalists' societies, some with a leading article "la"/"les"/"Le",
        some ending with "," and one with its acronym glued "(ajis)"), then a closing
        paragraph.

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
    "fe03_nothing2hide-societe-civile-contre-secret-affaires": (
        "La société civile contre secret des affaires"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
