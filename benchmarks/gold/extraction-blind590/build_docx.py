#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the wh blind extraction set (wh07, wh08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; the only changes are the layout markers named below:

  wh07  Access to Information Programme (aip-bg.org, English) news of 9 January 2024: AIP
        supports the address of Bulgarian civil society organisations to the National Assembly
        on the election of bodies whose mandates have expired, and names ten further
        organisations that support it in one sentence. The stored page is whole (829
        characters; one name, the Centre for Liberal Strategies, is written with a Cyrillic
        small letter ie for its last 'e'). The text file is the stored text unchanged (plus one final newline).
  wh08  Pro News Dobrich (pronewsdobrich.bg, Bulgarian) news of 21 March 2018: three local
        organisations of people with disabilities hand the protest note of the nationally
        representative organisations to the regional governor of Dobrich. The stored text is
        cut by the corpus window (1,998 bytes) at 'председат'. The headline became the Word
        heading 1 ('# ' added); the section name 'Общество' and every other stored paragraph
        are Word paragraphs (the double spaces of the stored text kept).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wh07  PDF: six paragraphs, one per stored line: the date, the lead sentence (AIP supports
        the address), 'Among the requests ... are the following:' (the requests themselves
        are not in the stored text), the sentence naming the ten supporters, 'Read the full
        text of the Address HERE.' and the petition line; no heading.
  wh08  DOCX: a paragraph 'Общество', a heading 1 (the headline), five paragraphs (the lead,
        the quoted note in two paragraphs, the sentence naming the three persons and their
        organisations, the addressees, cut).

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
    "wh08_pronewsdobrich-protestna-nota-hora-s-uvrezhdania": (
        "Три организации на хора с увреждания връчиха протестна нота на областния управител на"
        " Добрич"
    ),
}
PDF: dict[str, str] = {
    "wh07_aip-csos-address-national-assembly-expired-mandates": (
        "Access to Information Programme supports CSOs Address to the National Assembly"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
