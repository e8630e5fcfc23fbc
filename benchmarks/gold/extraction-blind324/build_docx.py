#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lo blind extraction set (lo03, lo10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (its window of about 2,000 bytes):

  lo03  mizzima.com news of 5 January 2020 on the Myanmar co-signers of the open letter to
        Hong Kong's Chief Executive Carrie Lam: the headline became the PDF heading, every
        other stored line a PDF paragraph (blank lines and trailing spaces dropped; the text
        ends where the stored window ends, inside the word "consist"). The three signers
        are named inline, with their offices, in one long sentence that the PDF wraps over
        several lines.
  lo10  thestateless.blogspot.com joint press release of July 2012 of Rohingya diaspora
        organisations condemning President Thein Sein: "Joint press release" became the
        Word heading 1, each stored line a Word paragraph; the signers follow the text with
        no cue, one organisation a paragraph ("Name (ACRONYM)", the first with a trailing
        comma), the last one cut by the window after "Burmese Rohingya".

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "lo10_thestateless-rohingya-joint-press-release": "Joint press release",
}
PDF: dict[str, str] = {
    "lo03_mizzima-myanmar-reps-hong-kong-open-letter": (
        "Myanmar reps co-sign letter urging Hong Kong leader to listen to citizens’ demands"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
