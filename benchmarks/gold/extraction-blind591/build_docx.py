#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wi blind extraction set (wi03, wi06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; the only change is the layout marker named below:

  wi03  Kanchuli Khabar (kanchulikhabar.com) news item in Nepali: three student unions of Banke
        district, Nepal - the All Nepal National Independent Students' Union (Revolutionary), the
        Naya Shakti Students' Union and the Nationalist Students' Organisation - announce a
        one-day educational strike in a joint press statement signed by their district leaders.
        The stored text (three paragraphs, 1,999 bytes) is cut by the corpus window inside the
        third paragraph ('... राष्ट्रवादी विद्यार्थी संग'). The text file is the stored text
        unchanged (plus one final newline); the stored page has no headline.
  wi06  MiningWatch Canada (miningwatch.ca) copy of the press release of 23 April 2010: a
        coalition of Mongolian NGOs appeals to John Ruggie, the UN Secretary-General's Special
        Representative on Business and Human Rights, over the Oyu Tolgoi mine agreement. Under
        the headline and 'PRESS RELEASE - For Immediate Release' stands the issuers' line, four
        organisations with their countries in brackets, joined by en dashes. The stored text
        (1,999 bytes) is cut by the corpus window at 'in the midd'. The headline became the PDF
        heading 1 ('# ' added); every other stored line is a paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wi03  DOCX: three paragraphs (the lead with the three unions, the sentence with the three
        signing district leaders, the cut third paragraph); no heading.
  wi06  PDF: a heading 1 (the headline), a paragraph 'PRESS RELEASE - For Immediate Release',
        the issuers' paragraph, then four body paragraphs (the last cut).

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
    "wi03_kanchulikhabar-student-unions-joint-statement-strike": ("संयूक्त प्रेस विज्ञप्ती"),
}
PDF: dict[str, str] = {
    "wi06_miningwatch-mongolian-ngos-appeal-ruggie-oyu-tolgoi": (
        "Mongolian NGOs Appeal to the UN\u2019s Special Representative of the Secretary-General on"
        " Business and Human Rights to Resolve Oyu Tolgoi Mine Dispute"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
