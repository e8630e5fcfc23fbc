#!/usr/bin/env python3
"""Build the PDF documents of the oz blind extraction set (oz01, oz08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) through the shared builder ``gold_docs.py`` (fixed creation date: two builds give
identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by the corpus near 2,000 characters):
  oz01  helprefugees.org, "Aleppo is falling" (December 2016): Help Refugees' introduction
        and the quoted statement of Syria Civil Defence and three Syrian organisations, whose
        names close the quotation one a line with no cue; every stored paragraph became a
        PDF paragraph (the builder drops the empty lines; no markup added).
  oz08  nl.usembassy.gov, "The tenth anniversary of entry into force of the CWC for Syria
        and of its membership in the OPCW - joint statement" (October 2023): the page title
        became the PDF heading ("# "), the sentence "This joint statement is issued on behalf
        of <51 states>" one paragraph (the list wraps over several PDF lines), and the
        statement paragraphs as stored, cut inside "suppos".
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

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "oz01_helprefugees-aleppo-is-falling-white-helmets": "Aleppo is falling",
    "oz08_usembassy-nl-51-states-cwc-syria-tenth-anniversary": (
        "The tenth anniversary of entry into force of the CWC for Syria and of its membership"
        " in the OPCW \u2013 joint statement"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
