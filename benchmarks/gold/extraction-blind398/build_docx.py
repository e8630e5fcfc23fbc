#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the on blind extraction set (on08, on09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two open letters kept in public GitHub repositories (see
``sources.csv``):

  on08  the English version of the Chilean scientists' open letter on the Humboldt Penguin
        (Salvemos Quirilluca, April 2026), whose text a pdfkit script of the repository
        javicoderh/salvemosquirilluca writes to a PDF: each ``para(...)`` and ``.text(...)``
        string became one line (the two-line title joined by a space; the signature text,
        two lines in the script, kept as two lines).
  on09  the Fossil Free Research open letter to university presidents and vice-chancellors,
        as held in a Next.js page ("Open Letter") of the campaign's website: the eyebrow,
        heading, introduction, "Notable signatories" (30 cards: name and title), "Why sign
        on?" (three reasons) and "The letter" (nine paragraphs), in page order; HTML
        entities resolved (&apos; -> ', &quot; -> "), JSX line wrapping joined. Each card
        became one row of a two-column Word table (name | title).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  on08  PDF: two header paragraphs, a heading, a sub-heading, twelve body paragraphs, the
        cue paragraph "This letter is signed by:", the three names (followed by ", on
        behalf of the scientific community ...") as two paragraphs, an endorsement line and
        the footer line.
  on09  DOCX: a paragraph, a heading 1, two paragraphs, a heading 2 "Notable signatories",
        a paragraph, then a 30-row Word table "Name | title" (the first row set in bold by
        the shared builder), a heading 2 and seven paragraphs, a heading 2 "The letter" and
        ten paragraphs.

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
    "on09_fossil-free-research-open-letter-notable-signatories": (
        "End fossil fuel influence on campus research."
    ),
}
PDF: dict[str, str] = {
    "on08_salvemosquirilluca-humboldt-penguin-scientists-open-letter": (
        "Concern for the Conservation Status of the Humboldt Penguin in Chile"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
