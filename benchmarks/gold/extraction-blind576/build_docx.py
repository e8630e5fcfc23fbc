#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vt blind extraction set (vt03, vt07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (written by ``work/write_docs.py`` from ``work/raw_pages.py``):

  vt03  Wedabima (wedabima.lk, Sri Lanka) union news of 24 December 2020, in Sinhala: trade
        unions, mass organisations and women's organisations sign a joint statement against
        the cut in maternity leave at the N.M. Perera Centre, Borella, followed by the list of
        the thirteen organisations "for this occasion". The whole stored page (726 characters,
        1,938 bytes), with its headline twice (page title and article title) and, as stored,
        without zero-width joiners in the Sinhala conjuncts.
  vt07  Daily Independent (dailyindependent.com.pk, Pakistan) report of 2023: leaders of the
        Pakistan Workers Federation and the CDA Labor Union condemn, in a joint statement, the
        caretaker government's ban on unions in the power sector; cut by the corpus's
        2,000-byte window inside the list of ILO conventions.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vt03  DOCX: the headline a Word heading 1, the repeated headline, the lead and the cue
        ("මේ අවස්ථාව සදහා") Word paragraphs, each of the thirteen organisations a Word
        "List Bullet" paragraph.
  vt07  PDF: the headline a heading 1, the single stored paragraph (dateline "Islamabad:",
        the signers in its first sentence, the statement's text) one PDF paragraph.

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
    "vt03_wedabima-unions-womens-groups-maternity-leave-statement": (
        "වෘත්තීය සමිති, බහුජන හා කාන්තා සංවිධාන එක්ව ප්\u0dbbසූත නිවාඩු කප්පාදුවට එරෙහිව ඒකාබද්ධ ප්\u0dbbකාශයක් අත්සන් තබයි"
    ),
}
PDF: dict[str, str] = {
    "vt07_dailyindependent-pwf-cda-union-ban-power-sector": (
        "General Secretary of Pakistan Workers Federation and CDA Labor Union leaders protested"
        " against the ban imposed on the union"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
