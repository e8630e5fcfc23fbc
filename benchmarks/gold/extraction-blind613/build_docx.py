#!/usr/bin/env python3
"""Build the two DOCX documents of the xe blind extraction set (xe02, xe10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page):

  xe02  Hotline for Refugees and Migrants (hotline.org.il) press page, Hebrew, February 2016:
        the response of seven Israeli human-rights organisations to the Knesset's approval of
        the new amendment to the Prevention of Infiltration Law (12 months in the "Holot"
        facility). The stored banner line ("hotline header big image") is a paragraph, the
        headline a heading 1, the lead sentence naming the seven organisations a paragraph,
        the quoted response a paragraph (cut by the corpus at "שמכבד ").
  xe10  Bokra (bokra.net) news, Arabic, August 2018: more than 20 Israeli associations and
        frameworks call for joining the Follow-Up Committee's demonstration in Tel Aviv against
        the Nation-State Law; "والهيئات التي وقعت على البيان:" with the names inline, then "كما
        وقع على البيان مركز ... ومركز ...". Every stored line is a Word paragraph, except the
        headline of the next news item on the page (the Orthodox Congress), which became a
        Word heading 2; the last paragraph is cut by the corpus ("النشاط").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xe02  DOCX (first built as the set's PDF; the shared builder draws Hebrew without bidi
        reordering, so a viewer showed it mirrored and text tools read its lines reversed,
        a fault of the builder, not of real PDFs: the set has no PDF): a paragraph (the
        banner alt text), a heading 1 (the headline), two paragraphs (the lead naming the
        seven organisations, then the quoted response, cut).
  xe10  DOCX: three paragraphs (lead, quoted statement, the signers' sentences), a heading
        2 (the next item's headline), one paragraph (cut).

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
    "xe02_hotline-human-rights-organisations-infiltration-law-amendment": (
        "\u05ea\u05d2\u05d5\u05d1\u05ea \u05d0\u05e8\u05d2\u05d5\u05e0\u05d9 \u05d6\u05db\u05d5\u05d9\u05d5\u05ea"
        " \u05d4\u05d0\u05d3\u05dd \u05e2\u05dc \u05d0\u05d9\u05e9\u05d5\u05e8 \u05d4\u05ea\u05d9\u05e7\u05d5\u05df"
        " \u05d4\u05d7\u05d3\u05e9 \u05dc\u05d7\u05d5\u05e7 \u05dc\u05de\u05e0\u05d9\u05e2\u05ea"
        " \u05d4\u05e1\u05ea\u05e0\u05e0\u05d5\u05ea"
    ),
    "xe10_bokra-organisations-nation-state-law-demonstration-ar": (
        "\u062f\u0639\u062a \u0623\u0643\u062b\u0631 \u0645\u0646 20"
        " \u062c\u0645\u0639\u064a\u0629 \u0648\u0627\u0637\u0627\u0631 \u0627\u062c\u062a\u0645\u0627\u0639\u064a \u0648\u0633\u064a\u0627\u0633\u064a"
        " \u064a\u0646\u0634\u0637\u0648\u0646 \u0641\u064a \u0627\u0644\u0634\u0627\u0631\u0639 \u0627\u0644\u0625\u0633\u0631\u0627\u0626\u064a\u0644\u064a"
    ),
}
PDF: dict[str, str] = {}

if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
