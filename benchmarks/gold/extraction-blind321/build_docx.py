#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lk blind extraction set (lk07, lk09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  lk07  the OSCE press release of 2 May 2006 on the joint statement of the four
        international freedom-of-expression mandates for World Press Freedom Day
        (osce.org/fom/47295), as held by the stored web-page corpus. The headline became
        the PDF heading, each stored paragraph a PDF paragraph, the cue "The joint statement
        was signed by:" a paragraph and the four "- " items of the source four PDF bullets
        ("the <office> of the <organisation>, Mr./Ms. <Name>;").
  lk09  the Friends of the Earth (UK) press release "Open letter urges PM to develop bold &
        fair climate plan" (2025), as held by the stored web-page corpus (cut by the corpus
        inside the quoted sentence of the last paragraph). The headline became the Word
        heading 1, the source's "•" standfirst a Word "List Bullet" paragraph, each stored
        paragraph a Word paragraph; the signers are named inline in one sentence ("Signatories
        to the letter include the A, B, ... and J.").

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
    "lk09_foe-open-letter-pm-bold-fair-climate-plan": (
        "Open letter urges PM to develop bold & fair climate plan"
    ),
}
PDF: dict[str, str] = {
    "lk07_osce-rfom-world-press-freedom-day-2006-joint-statement": (
        "To mark World Press Freedom Day, international organizations urge governments to "
        "combat violence against journalists"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
