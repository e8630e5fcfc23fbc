#!/usr/bin/env python3
"""Build the DOCX document of the ir blind extraction set (ir03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of the Syrian Center for Media and Freedom of
Expression (scm.bz, English, see ``sources.csv``): "A Joint Statement Condemning the Repeated
Targeting of Syrian Civil Society Organizations" (August 2017), as held by the stored web-page
corpus (cut by the corpus inside the statement, before any signature list). The statement's
title became the Word heading 1 and each stored paragraph a Word paragraph (the empty lines
between paragraphs left out). Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  ir03  DOCX: a heading, then four paragraphs: the "We, the undersigned civil society
        organizations, ..." paragraph, two paragraphs naming the attacked organisations
        (Syria Civil Defence, VDC, LDSPS, Hurras Network) and the attackers, and a last
        paragraph cut inside a quotation; no signature list.

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
    "ir03_scm-joint-statement-targeting-civil-society": (
        "A Joint Statement Condemning the Repeated Targeting of Syrian Civil Society Organizations"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
