#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lm blind extraction set (lm01, lm05) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, blank lines dropped:

- lm01: the page of the Würzburger Bündnis für Zivilcourage with the declaration of the
  alliance "Würzburg ist bunt" (July 2016) and its "Die Erstunterzeichner*innen:" list
  (zivilcourage-wuerzburg.de). The page title (repeated in the page's comment footer) became
  the Word heading 1, each stored paragraph a Word paragraph, and each of the ten
  "- Name (Organisation)" items a Word "List Bullet" paragraph; the comment footer
  "No Replies to ..." stays as the last paragraph.
- lm05: the press release of the city of Zwickau (December 2021) on the open letter of the
  Bündnis für Demokratie und Toleranz against the "Spaziergänge" (zwickau.de). Its three
  stored paragraphs became three PDF paragraphs (the stored text has no headline, so the
  PDF has no heading).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  lm01  DOCX: a heading 1, four paragraphs (the last one the cue "Die Erstunterzeichner*innen:"),
        ten Word bullets "Name (Organisation)", then the footer paragraph.
  lm05  PDF:  three paragraphs; the signers inline in the third ("Zu den Erstunterzeichnern
        gehören u.a. ...").

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
    "lm01_zivilcourage-wuerzburg-ist-bunt-erstunterzeichner": (
        "Erklärung des Bündnisses „Würzburg ist bunt“"
    ),
}
PDF: dict[str, str] = {
    "lm05_zwickau-offener-brief-spaziergaenge-erstunterzeichner": (
        "Gut 90 Erstunterzeichner hat der „offene Brief“"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
