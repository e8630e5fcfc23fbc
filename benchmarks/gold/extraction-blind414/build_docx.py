#!/usr/bin/env python3
"""Build the DOCX document of the pd blind extraction set (pd01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of the Maronite League (maronite-league.org,
see ``sources.csv``): the report of the meeting of the heads of the Christian leagues and
unions in Lebanon at the League's seat, the inline list of those present ("حضر اللقاء: ...")
and the opening of the statement they issued ("وعلى أثره أصدر المجتمعون البيان الآتي:"),
as held by the stored web-page corpus (cut inside the first numbered point). Each stored
line became one Word paragraph; nothing was added, reordered or split (no heading: the
stored text has none; the Word title property is the page's URL slug, "لقاء الرابطات
والاتحادات المسيحية"). Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  pd01  DOCX: four paragraphs (the lead, the attendance paragraph with the inline list of
        ten "office + organisation + title + name" items, the statement's first
        paragraph, the cut point "1- ...").

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
    "pd01_maronite-league-liqa-al-rabitat-al-masihiya-ar": "لقاء الرابطات والاتحادات المسيحية",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
