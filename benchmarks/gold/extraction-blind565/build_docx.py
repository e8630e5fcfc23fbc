#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vi blind extraction set (vi02, vi09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, unchanged but for one heading marker each:

  vi02  Friends, Families and Travellers (gypsy-traveller.org) news on the launch of a pledge
        card for MPs to declare their support for Gypsy, Roma and Traveller communities (UK):
        the MPs who have already signed it in one sentence, the organisations backing it in
        another, then a quoted director; cut by the corpus inside her quote ("appalling rac").
        The picture caption is a paragraph, the page title a heading 1, every stored paragraph
        a PDF paragraph.
  vi09  Gandul.ro (Romania) news of 16 June 2015: Roma organisations of Transylvania tell
        Prime Minister Victor Ponta "Ja chere!" ("go home"); "Mesajul este semnat de
        reprezentanții organizațiilor A, B, C, D, E." The first headline became the Word
        heading 1, the repeated headline and every other stored paragraph a Word paragraph,
        the site's poll and link lines kept as stored (cut at "Legătura neștiută dintre").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vi02  PDF: a caption paragraph, a heading 1, three paragraphs (the second "The pledge cards
        have already been signed by <office> A, B MP for X, ..."), a paragraph, a paragraph
        "Organisations backing the pledge cards include A, the B, ... and I.", two paragraphs,
        the quoted director's two paragraphs (cut).
  vi09  DOCX: a heading 1, the repeated headline, a lead paragraph, a quoted paragraph, a
        paragraph quoting a foundation's president, a paragraph "Mesajul este semnat de ...",
        then four short site lines (poll notice, Google News, two article links, cut).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "vi09_gandul-ja-chere-organizatii-rome-transilvania-ponta": (
        "\u201eJA CHERE!\u201d Romii din Transilvania \u00eei cer lui Victor Ponta s\u0103 plece de la"
        " conducerea guvernului"
    ),
}
PDF: dict[str, str] = {
    "vi02_friends-families-travellers-pledge-card-mps-gypsy-roma-traveller": (
        "Launch of pledge card for MPs to declare their support for Gypsy, Roma and Traveller"
        " communities"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
