#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sx blind extraction set (sx04, sx05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each about its first 2,000 bytes):

  sx04  Al Mezan Centre for Human Rights (mezan.org) page "Letters and Appeals", 16 November
        2009: the joint letter of fifteen Palestinian and Israeli human rights organisations
        thanking the European states that voted for UN General Assembly resolution A/RES/64/10
        (follow-up to the Goldstone Report). The fifteen senders stand in one line above the
        salutation, separated by " * "; the corpus cuts the letter inside its last paragraph
        ("and imple"). The section label "Letters and Appeals" became a heading 2, every other
        stored line a PDF paragraph (the " * " line wraps over several PDF lines).
  sx05  The Pulse (thepulse.co.il, Hebrew) news of June 2011: Israeli, Palestinian and
        international human rights organisations, "among them" the Association for Civil
        Rights in Israel and B'Tselem, issue a joint statement on Gilad Shalit's five years in
        Hamas captivity ("בני אדם אינם קלפי מיקוח", "people are not bargaining chips"); the
        corpus cuts the page at the first words of the signers' list after the statement
        ("האגודה לזכויות "). Every stored paragraph became a Word paragraph, the statement's
        title a Word heading 1; the page's headline is not in the stored text (the Word title
        property is taken from the page's address).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sx04  PDF: a heading 2 "Letters and Appeals", a date paragraph, the paragraph of fifteen
        names separated by " * ", the salutation "Dear Sir/Madam,", six letter paragraphs (the
        last one cut).
  sx05  DOCX (Hebrew, right-to-left text stored in logical order): three lead paragraphs (the
        first with the inline "ביניהם A" and "B" joined by the Hebrew "and" prefix mention, the third the cue "נוסח ההודעה ..."), a
        heading 1 (the statement's title), three statement paragraphs, and a last paragraph
        holding only the cut start of the signers' list ("האגודה לזכויות ").

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
    "sx05_thepulse-organisations-shalit-not-bargaining-chips": (
        "\u05d0\u05e8\u05d2\u05d5\u05e0\u05d9 \u05d4\u05e9\u05de\u05d0\u05dc \u05dc\u05d7\u05de\u05d0\u05e1"
        " \u05e9\u05d7\u05e8\u05e8\u05d5 \u05d0\u05ea \u05d2\u05dc\u05e2\u05d3 \u05e9\u05dc\u05d9\u05d8"
        " \u05d1\u05e0\u05d9 \u05d0\u05d3\u05dd \u05d0\u05d9\u05e0\u05dd \u05e7\u05dc\u05e4\u05d9"
        " \u05de\u05d9\u05e7\u05d5\u05d7"
    ),
}
PDF: dict[str, str] = {
    "sx04_mezan-joint-letter-euro-states-goldstone-unga": (
        "Joint Letter for Euro States which voted in favour at UNGA"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
