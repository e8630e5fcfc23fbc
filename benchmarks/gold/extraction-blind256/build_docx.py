#!/usr/bin/env python3
"""Build the DOCX document of the in blind extraction set (in04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of the Bulgarian National Radio (bnr.bg, see
``sources.csv``): the media statement of 17 June 2013 in which Bulgarian non-governmental
organisations announce that they will not attend the meeting with Prime Minister Oresharski,
as held by the stored web-page corpus (cut by the corpus inside the fifth signer's name).
The page's headline became the Word heading 1, the centred "СЪОБЩЕНИЕ ДО МЕДИИТЕ" a Word
heading 2, each stored paragraph a Word paragraph (the empty one-space paragraphs between
the signers left out, one trailing space dropped) and each signer, an organisation line
followed by a "Name, office" line in the source, one row of a two-column Word table
(organisation | person and office). Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  in04  DOCX: a heading, a photo-credit paragraph, a heading 2, three statement paragraphs,
        the cue paragraph "Подписали:", then a 5-row Word table "Organisation | Name, office"
        (the table's first row is set in bold by the shared builder; the last person's name
        is cut as in the stored text).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "in04_bnr-npo-nyama-da-uchastvat-sreshta-oresharski": (
        "Неправителствените организации няма да участват в срещата при Орешарски"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
