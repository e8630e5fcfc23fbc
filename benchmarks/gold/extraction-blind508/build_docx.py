#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the td blind extraction set (td09, td10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  td09  National Museum Directors' Council (nationalmuseums.org.uk) news item of 23 June 2020:
        the statement of the directors of Tate, the Science Museum Group, the Natural History
        Museum, the National Gallery, the British Museum and the Victoria and Albert Museum
        welcoming the Prime Minister's announcement that museums may reopen. The six museums are
        named twice: once in the lead sentence ("The Directors of A, B, ... and F responded ..."),
        once as the signature lines "Name, Museum" after the quoted statement. The stored page is
        whole (1,465 characters). The stored title line, which runs the headline and the date
        together ("... on 23 June 23 Jun 2020"), became the PDF heading 1 as stored; every other
        stored paragraph is a PDF paragraph.
  td10  Museums Galleries Scotland (museumsgalleriesscotland.com) story on the joint statement on
        museums and collections at risk: MGS "has contributed towards" the statement; a quote of
        its Head of Development; then "In all, 16 organisations which have committed to the joint
        statement ..." and a bulleted list, cut by the corpus after the tenth name ("Art Fund").
        The first of the two stored title lines became the Word heading 1, the second stays a
        paragraph; the stored "  • " items (five risk factors, ten organisations) became Word
        "List Bullet" paragraphs; "Skip to content" and every other stored paragraph are Word
        paragraphs; the stored trailing blanks after "Art Fund" were not kept.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  td09  PDF: a heading 1 (headline and date run together), a lead paragraph naming the six
        museums, three paragraphs of the quoted statement, six signature paragraphs
        ("Maria Balshaw, Tate", ...).
  td10  DOCX: a paragraph "Skip to content", a heading 1, the title again as a paragraph, three
        paragraphs, five bullets (risk factors), the quote paragraph, the cue paragraph
        ("In all, 16 organisations ..."), ten bullets (organisations; the list is cut).

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
    "td10_mgs-joint-statement-museums-collections-at-risk": (
        "Joint Statement on museums and collections at risk"
    ),
}
PDF: dict[str, str] = {
    "td09_nmdc-national-museum-directors-statement-reopening": (
        "National Museum Directors' statement on Prime Minister's Announcement on 23 June"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
