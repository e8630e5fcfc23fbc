#!/usr/bin/env python3
"""Build the DOCX document of the gn blind extraction set (gn06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news item of Ma'an News Agency (maannews.net, Palestine) as
held by the stored web-page corpus (see ``sources.csv``): the site's date banner became a
first paragraph, the headline the Word heading 1, and the dateline, the three body
paragraphs kept as written (their Latin commas, the space inside '"معا "' and before the
final stop included); the empty lines between paragraphs were dropped. Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Layout:
  gn06  DOCX: the Ma'an item of 2 February 2007 on the joint call of the Islamic Jihad
        movement and the Popular and Democratic Fronts to Fatah and Hamas to stop the
        internal fighting: a date paragraph, a heading naming the signers in short form
        ("الجهاد والجبهتين الشعبية والديمقراطية ..."), a dateline paragraph, then three
        paragraphs; the signers are named inline twice more in the body, the second time
        as the issuers of the joint statement.

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
    "gn06_maan-jihad-jabhatan-nida-fatah-hamas-ar": (
        "الجهاد والجبهتين الشعبية والديمقراطية يطالبون حركتي حماس وفتح بوقف الاقتتال الداخلي"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
