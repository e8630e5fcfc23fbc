#!/usr/bin/env python3
"""Build the DOCX document of the gz blind extraction set (gz05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` in the folder above this one; fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of the open letter of 30 April 2020 of the OWINFS network (Our
World Is Not For Sale) to trade ministries and the WTO, kept as a PHP page in the repository
``github:bollow/owinfs`` (``contentitem-page/2020-04-30_letter_Focus_saving_lives.php``, see
``sources.csv``): the letter's title and sub-title (bold centred paragraphs in the source)
became a Word heading 1 and heading 2, its paragraphs Word paragraphs (the bold span "first
and only priority" merged into its paragraph, ``&amp;`` written ``&``, trailing spaces of
cells dropped), and the first eleven rows of the endorsers' table "International and
Regional Networks" (number | name | description) a Word table. The page's language links
("Español", "Français", "English pdf") and PHP includes were left out. Only the first
16,000 of the page's 185,076 characters could be read (the look-up budget ran out), so the
table stops at row 11 of several hundred; the twelfth row, cut in the read, was left out.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  gz05  DOCX: a heading, a heading 2, the date, the salutation, eight letter paragraphs,
        "Sincerely,", "Endorsers as of April 30, 2020:", "International and Regional
        Networks:", then a three-column Word table "N | Organisation | description" of 11
        rows (no header row in the source: the builder sets the first row, ActionAid
        International, in bold as it does a header).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "gz05_owinfs-wto-focus-saving-lives-endorsers": (
        "An Open Letter to Trade Ministries and the World Trade Organization (WTO)"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
