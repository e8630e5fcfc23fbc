#!/usr/bin/env python3
"""Build the DOCX document of the gj blind extraction set (gj01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a press-conference statement of the Coalition of Civil Society
Organizations in Nigeria (CCSON), kept as a TypeScript data object (``mainCardData2``) of the
site of the Center for Human Rights and Accountability Network (CHRAN) in the repository
``github:lordgreg003/Chran`` (see ``sources.csv``): its ``title`` became the Word heading 1,
its ``description`` to ``description20`` strings (``description11`` does not exist) one
paragraph each in order, exactly as written (including the run-together "INTRODUCTION:The",
"Signed:For" and the double spaces), and its ``createdAt`` string ("Dated: ...") a last
paragraph. Left out: the image and video links, ``articleCount``, the phone number in
``number``, the ``category`` and ``description21`` (a repeat of ``description3``); the one
trailing space of ``description20`` was dropped. Nothing here decides who signed: the labels
in ``labels/`` were written by reading.

Layout:
  gj01  DOCX: the CCSON press conference of 16 January 2025 in Uyo (Akwa Ibom State): a
        heading, four paragraphs (INTRODUCTION, a sentence, PREAMBLE, "CCSON'S POSITIONS:"),
        fifteen numbered paragraphs typed "N. ..." (no Word list style), one of them an
        inline list of sixteen states whose governors are commended, then the signature
        paragraph "Signed:For and on behalf of CCSON Otuekong Franklyn Isong National
        Coordinator" and the date paragraph.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "gj01_ccson-uyo-press-conference-positions": (
        "Text of Press Conference Held by the Coalition of Civil Society Organizations in Nigeria"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
