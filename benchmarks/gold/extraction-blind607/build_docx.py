#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wy blind extraction set (wy04, wy07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  wy04  Kasparov.ru news item (spring 2020, by its self-isolation context) on the video appeal
        of the movement "Матери против репрессий" (Mothers against repression), relatives of
        Russian political prisoners, asking people to record words of support for the
        prisoners; the whole short page as stored (four paragraphs, 983 characters), no headline
        in the stored text. Each stored paragraph became a Word paragraph; straight double
        quotes and the em dashes kept as stored.
  wy07  GOV.UK speech page (after the Russian courts' decisions of December 2021): the joint
        statement delivered at the OSCE by the Norwegian chargé d'affaires on behalf of Canada,
        Iceland, the United Kingdom, the United States and Norway on the liquidation of Memorial,
        cut by the corpus inside the paragraph on Yuri Dmitriev. The page title became a PDF
        heading 1, the sub-title (who delivers the statement on behalf of whom) a heading 2,
        every further stored line a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wy04  DOCX: four paragraphs (the lead naming the movement, two quoted relatives, the list of
        cases and prisoners the relatives asked to support).
  wy07  PDF: a heading 1 (the title), a heading 2 (the sub-title "... delivers a joint statement
        at OSCE on behalf of A, B, the C, the D, and E."), "Mr. Chairman,", the sentence "I give
        this statement on behalf of A, B, the C, the D of America, and my own country E.", five
        body paragraphs (the last cut).

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
    "wy04_kasparov-materi-protiv-repressiy-videoobrashchenie": (
        'Движение "Матери против репрессий" записало ролик с просьбой поддержать политзаключенных'
    ),
}
PDF: dict[str, str] = {
    "wy07_govuk-osce-joint-statement-memorial-liquidation": (
        "Court decision to liquidate Memorial in Russia: joint statement"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
