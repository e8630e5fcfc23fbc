#!/usr/bin/env python3
"""Build the DOCX document of the ng blind extraction set (ng02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of two stored web pages of the Church in Wales
(churchinwales.org.uk, see ``sources.csv``): the English page "Bishops urge 'strong
consensus' on future Constitution of Wales" (18 January 2024) and its Welsh version
"Esgobion yn annog 'consensws cryf' ar Gyfansoddiad Cymru i'r dyfodol", as held by the
stored web-page corpus (the English page is cut by the corpus inside its sixth signature
line, "The Bishop o"). The Church publishes its statements in both languages; here the
English text comes first and the Welsh text second, in one bilingual Word document. Each
page's headline became a Word heading 1, its "Statement from the Bishops" / "Datganiad gan
Esgobion" line a Word heading 2 and every other stored line a Word paragraph (one signer a
paragraph, "Office, Name"). Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  ng02  DOCX: English heading 1, three paragraphs, heading 2, three statement paragraphs,
        five "The Bishop of X, Name" paragraphs and the cut fragment "The Bishop o"; then the
        Welsh heading 1, three paragraphs, heading 2, three statement paragraphs and six
        "Esgob X, Name" paragraphs.

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
    "ng02_churchinwales-bishops-strong-consensus-constitution-en-cy": (
        "Bishops urge ‘strong consensus’ on future Constitution of Wales"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
