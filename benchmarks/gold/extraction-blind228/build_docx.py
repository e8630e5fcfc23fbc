#!/usr/bin/env python3
"""Build the DOCX document of the hl blind extraction set (hl02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news page of the Civil Society Gateway site
(csgateway.ngo, Syria) as held by the stored web-page corpus (see ``sources.csv``; about
2,000 bytes, the page's text cut there, mid-word at the end): the page's title line became
the Word heading 1, the asterisks of the emphasised campaign name were removed, and each
dash item of the source ("-X" or "- X") became a "List Bullet" paragraph. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  hl02  DOCX: launch of the "لا تخذلوهم" (Don't let them down) campaign for Syrian
        detainees and the forcibly disappeared: a heading, a lead paragraph ending in
        "أبرزها:", nine Word bullets naming organisations, a paragraph, four bullets
        (one an inline list of three artists, one a person's description, two not names),
        three bullets naming rights organisations, a paragraph, and five addressee bullets
        (the last cut mid-word).

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
    "hl02_csgateway-la-takhdhuluhum-muataqalin-ar": (
        "انطلاق حملة لا تخذلوهم لمناصرة المعتقلين والمغيبين قسراً"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
