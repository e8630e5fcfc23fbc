#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xa blind extraction set (xa03, xa09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xa03  Al-Ain Persian (alainpersian.com) news on the joint statement of Iranian trade-union and
        guild groups (the Tehran bus workers' syndicate, independent teachers', workers' and
        retirees' groups) for International Workers' Day and Teachers' Day, asking for the
        release of imprisoned workers, teachers and activists; cut by the corpus inside the last
        paragraph.
        The headline became the Word heading 1, each stored line a Word paragraph (the lead
        paragraph is stored twice and kept twice; right-to-left Persian text as stored).
  xa09  mzemo.com news of June 2021: fifty Lebanese, regional and international human-rights
        organisations' joint letter to the UN Human Rights Council asking for an international
        investigative mission into the Beirut port explosion; cut by the corpus after the
        background paragraphs. The headline became the PDF heading, every stored paragraph a PDF
        paragraph, the stored bullet items ("  • Amnesty", ...) PDF bullets.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xa03  DOCX: a heading 1 (the headline), four paragraphs: the lead "A، B، C و D، در بیانیه
        مشترکی ..." twice, a paragraph on "تعدادی از تشکل های صنفی و کارگری", and one starting
        "امضا کنندگان این بیانیه" (cut).
  xa09  PDF: a heading (the headline), five paragraphs, the cue paragraph "Among the
        signatories to the letter are", seven bullets (four with a final period), two closing
        paragraphs (the last cut).

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
    "xa03_alainpersian-tashakkolha-senfi-bayanieh-moshtarak-fa": (
        "تشکلهای صنفی خواستار آزادی زندانیان تجمع سال ۹۸ و فعالان صنفی معلمان شدند"
    ),
}
PDF: dict[str, str] = {
    "xa09_mzemo-50-organizations-beirut-port-explosion-mission": (
        "50 Human Rights Organizations Call for the Establishment of an International Mission to"
        " Investigate the Explosion in the Port of Beirut"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
