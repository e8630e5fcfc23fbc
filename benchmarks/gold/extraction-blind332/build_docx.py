#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lw blind extraction set (lw02, lw09) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

- lw02: The Irish Times letter to the editor of 26 September 2022 ("Budget and voluntary
  bodies in crisis"), in which the heads of eight Irish charities and voluntary networks ask
  for €100 million in the budget. The stored text has no headline: the letter's title, taken
  from the page's address, became the Word heading 1; every stored paragraph (the page's four
  teaser links to other articles included) a Word paragraph; each signer, broken over three
  or more lines in the stored text ("NAME," / "Role," / "Organisation;"), one Word paragraph
  with its lines joined by a space; the cut last fragment "Dub" its own paragraph.
- lw09: The Guardian letter of 13 September 2017 ("Councils must act to combat
  destitution") of seven Church of England bishops: the headline became the PDF heading, each
  stored line a PDF paragraph (the empty lines of the stored text left out), the signers as
  stored, a name line followed by an office line, with a page break after the third bishop.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  lw02  DOCX: a heading 1, eight paragraphs (the letter and the teaser links), the closing
        "\u2013 Yours, etc," at the end of the last letter paragraph, eight signer paragraphs
        "NAME, Role, Organisation;", a last paragraph "Dub" (the corpus window's cut).
  lw09  PDF: a bold heading, the standfirst, a picture line and caption, three letter
        paragraphs, 14 short lines (seven "Name" / "Bishop of ..." pairs) with a page break
        between the third and the fourth bishop, a cut related-article line.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "lw02_irishtimes-letter-budget-voluntary-bodies-in-crisis": (
        "Budget and voluntary bodies in crisis"
    ),
}
PDF: dict[str, str] = {
    "lw09_guardian-bishops-letter-councils-combat-destitution": (
        "Councils must act to combat destitution"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
