#!/usr/bin/env python3
"""Build the DOCX document of the ew blind extraction set (ew03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the appeal "Pour le droit à la non-mixité" published on
4 May 2016 in the blog "Les invités de Mediapart" (Le Club de Mediapart), as kept in the
whole saved page ``data/articles/bafe/blog_020516_pour-le-droit-la-non-mixite.html`` of the
repository ``github:ketsapiwiq/akinarticle`` (see ``sources.csv``): the page's title as the
Word heading 1, its introduction and the body paragraphs, the petition-link line, the bold
"Les signataires :" paragraph as a Word heading 2, then the sixteen signatory paragraphs
of the source, one Word paragraph each (names inline, separated by " ; "), with the
bold markup of the surnames removed, the <span> pieces of a paragraph joined and the
paragraph's leading and trailing spaces dropped. Menus, sidebars, comments and the footer
of the page are left out. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  ew03  DOCX: heading 1, 15 body paragraphs, heading 2 "Les signataires :", then 16
        plain paragraphs of "First Last, role ;" items (47 signatory items: persons, some
        with an employer or organisation, and one collective "Le Cercle des enseignants
        laïques (five names)").

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
    "ew03_mediapart-droit-non-mixite-signataires": "Pour le droit à la non-mixité",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
