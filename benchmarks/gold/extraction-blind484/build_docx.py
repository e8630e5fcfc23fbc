#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ry blind extraction set (ry02, ry10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  ry02  Free Press Unlimited (freepressunlimited.org), 9 October 2019: the joint statement of
        international media-support organisations calling on the prime minister of Iraq to
        protect media workers during the protests, as held by the stored web-page corpus (cut
        inside the first line of the Arabic translation). Each stored line became one Word
        paragraph, the three incident lines Word "List Bullet" paragraphs (they are bullets on
        the page), "Arabic translation" a Word heading 2; the five signers stay one plain
        paragraph each after the "The undersigned organizations ..." paragraph (no cue line).
  ry10  The Daily Star (Lebanon), 11 October 2019: news report on the open letter of four
        Ethiopian community groups in Lebanon to Ethiopia's prime minister, as held by the
        stored web-page corpus (cut after "Cu"). The section label "Lebanon News" is the first
        paragraph, the headline a heading, the photo caption and each stored paragraph a PDF
        paragraph; the signers are named inside one sentence of the report.

Empty lines of the stored texts were left out (the builder drops them). Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

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

DOCX: dict[str, str] = {
    "ry02_freepressunlimited-iraq-protect-freedom-of-speech-joint-statement": (
        "International organisations call on Iraqi authorities to protect freedom of speech"
    ),
}
PDF: dict[str, str] = {
    "ry10_dailystar-ethiopian-groups-open-letter-consulate-complicit": (
        "Ethiopian groups: Consulate complicit in abuse"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
