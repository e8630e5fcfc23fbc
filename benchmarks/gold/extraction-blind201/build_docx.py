#!/usr/bin/env python3
"""Build the DOCX document of the gk blind extraction set (gk07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the supporters' page of the Swiss-romand "Appel du 4 mai"
(https://appeldu4mai.ch/soutien.php, as held by the stored web-page corpus, see
``sources.csv``): the introduction paragraph, the cue sentence ("Parmi les nombreuses et
nombreux signataires, les personnes suivantes nous soutiennent :"), the 25 supporter
lines "Name, Role" (one a line on the page) and the closing line. Blank lines were
dropped; each supporter line became a Word "List Bullet" paragraph. No heading was added
(the stored page text has none). Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  gk07  DOCX: an introduction paragraph, a cue paragraph, then 25 Word bullet paragraphs
        "First Last, Role" (one holding two persons, "Alizé Oswald, Xavier Michel,
        Musiciens (Aliose)"), then a closing paragraph.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "gk07_appeldu4mai-soutiens-personnalites-suisse-romande": ("Appel du 4 mai - Soutien"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
