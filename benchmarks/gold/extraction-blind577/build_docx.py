#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the vu blind extraction set (vu02, vu07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vu02  Verband Bildung und Erziehung (vbe.de) news of the joint statement of VBE and GEW, the two
        largest German teachers' unions, for World Teachers' Day ("Hört auf die Stimme der
        Lehrkräfte"): the two chairs named with their unions in one sentence. The whole stored
        text (1,849 characters). The title is a heading 1, every stored paragraph a PDF paragraph.
  vu07  APA-OTS press release of the Österreichischer Hausärzteverband (ÖHV): the board members'
        "Solidaritätsadresse" to Austria's teachers, signed "Für den Vorstand des ÖHV:" by three
        office holders, then a contact block ("Rückfragen & Kontakt:"). The whole stored text,
        without the corpus's leading " date 2018-03 " marker. The title is the Word heading 1,
        every stored line a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vu02  PDF: a heading 1 and three paragraphs (the first holds "die Vorsitzenden von GEW, Maike
        Finnern, und VBE, Gerhard Brand,"), in the stored order.
  vu07  DOCX: a heading 1, six body paragraphs, the cue paragraph "Für den Vorstand des ÖHV:",
        three signature paragraphs ("Office Dr. SURNAME Firstname"), then the contact block of
        ten short paragraphs.

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
    "vu07_ots-oehv-vorstand-solidaritaetsadresse-lehrerschaft": (
        "Solidarit\u00e4tsadresse des \u00f6sterreichischen Haus\u00e4rzteverbandes an die"
        " \u00f6sterreichische Lehrerschaft"
    ),
}
PDF: dict[str, str] = {
    "vu02_vbe-gew-weltlehrkraeftetag-vorsitzende": (
        "VBE und GEW zum Internationalen Weltlehrkr\u00e4ftetag"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
