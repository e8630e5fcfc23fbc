#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sr blind extraction set (sr03, sr07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  sr03  Kurdstreet (kurdstreet.com, Arabic) statement of 23 April 2021 of three parties in
        Qamishli - the People's Will Party, the Kurdish Democratic Unity Party in Syria (Yekiti)
        and the Kurdish Democratic Progressive Party in Syria - calling for restraint during the
        clashes between the National Defence Forces and the Asayish in the Tay quarter. The whole
        short page. The site's breadcrumb line ("كوردستريت || بيانات") became a Word paragraph,
        the statement's title ("تصريح") a Word heading 1, each stored line a Word paragraph: two
        body paragraphs (the second "إننا في الأحزاب الموقعة أدناه ..."), the date, then the three
        signing parties one paragraph each, as stored (two with a final full stop).
  sr07  Yekiti Media (en.yekiti-media.org) English copy of the joint communique of the political
        bureaus of the Patriotic Union of Kurdistan and the Kurdistan Democratic Party after
        their meeting in Erbil on 11 December 2018. The whole short page. The title became a
        heading 1, every other stored paragraph a PDF paragraph (blank lines dropped), including
        the site's "Breaking news", "Yekiti Media", "Related Articles" and "Back to top button".

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sr03  DOCX (Arabic, right-to-left text stored in logical order): a paragraph (site
        breadcrumb), a heading 1, two paragraphs, a date paragraph, three signature paragraphs.
  sr07  PDF: a paragraph, a heading 1, a paragraph (site name), five body paragraphs ("The
        meeting ..." and "First:" to "Fourth:"), two signature paragraphs ("Kurdistan Democratic
        Party", "Patriotic Union of Kurdistan"), two paragraphs of site residue.

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
    "sr03_kurdstreet-three-parties-qamishli-restraint-ar": (
        "\u062a\u0635\u0631\u064a\u062d"  # "تصريح" (statement)
    ),
}
PDF: dict[str, str] = {
    "sr07_yekiti-media-puk-kdp-joint-communique": (
        "Joint communique of the Kurdistan PUK and KDP parties"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
