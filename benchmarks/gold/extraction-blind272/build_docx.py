#!/usr/bin/env python3
"""Build the DOCX documents of the jh blind extraction set (jh03, jh10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (both cut by the corpus's window):

  jh03  corruptionwatch.org.za, "Over 1 000 Corruption Watch pledges in a day" (South Africa,
        2012): the news item on the first signatories of Corruption Watch's anti-graft pledge.
        Each stored paragraph became one Word paragraph (the blank lines between them and one
        line holding a single space before the trailing "Excerpt" left out); no heading is
        added (the stored text has none). The signers are named inside two sentences
        ("Office/role Name, ...").
  jh10  isiswomen.org, "Kenyan feminists and human rights activists threatened" (Kenya, 2008):
        a news item on the petitions for the safety of nine threatened activists. The stored
        "· Name, role" lines became Word bullets (List Bullet style), the other stored
        paragraphs Word paragraphs (blank lines left out). The bulleted persons are the
        threatened activists, not signers (a trap).

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
    "jh03_corruptionwatch-pledge-first-signatories": "Over 1 000 Corruption Watch pledges in a day",
    "jh10_isiswomen-kenyan-activists-threatened-petitions": (
        "Kenyan feminists and human rights activists threatened"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
