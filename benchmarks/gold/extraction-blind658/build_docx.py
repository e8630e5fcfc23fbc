#!/usr/bin/env python3
"""Build the DOCX and PDF documents of blind set yy from texts/<stem>.txt.

yy09_sgr-open-letter-blair-climate-change.docx: an open letter to UK Prime
Minister Tony Blair on climate change and development (23 November 2005),
organised by IIED and co-signed by SGR, as stored on the web page of
Scientists for Global Responsibility. Layout: a level-1 heading (the title),
a plain paragraph naming the organiser and co-signer, the salutation, three
body paragraphs, the closing "Yours" and then one plain paragraph per signer:
personal names with titles and post-nominals (Dr, Professor, Sir, Rt Rev,
Lord, MP, MSP, MEP, FRS CBE) and one office ("Bishop of Liverpool"); the last
name is cut by the end of the stored window ("Neal La").

yy10_menafn-ngos-14-countries-cop29-letter.pdf: a MENAFN (Azernews) news item
on a letter of NGOs and activists from 14 countries supporting Azerbaijan as
host of COP29 (stored web page text, run-together words kept as stored).
Layout: plain paragraphs only: two news paragraphs, five paragraphs of the
letter, the cue "Signatures:", then one paragraph per numbered signer in the
form "N. Name - role of/at Organisation, Country;"; the sixth item is cut by
the end of the stored window. A4, DejaVu Sans, one page.

Both are built deterministically (fixed dates): two runs give identical bytes.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "yy10_menafn-ngos-14-countries-cop29-letter": (
        "NGOs From 14 Countries Issue Statement On Welcoming Azerbaijan's COP29 Activities"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
