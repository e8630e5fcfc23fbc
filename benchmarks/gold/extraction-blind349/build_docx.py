#!/usr/bin/env python3
"""Build the DOCX document of the mn blind extraction set (mn06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of Free Software Melbourne's wiki
(freesoftware.org.au, page ``advocacy/LetterToMozilla``, see ``sources.csv``): the letter of
6 May 2015 (International Day Against DRM) to Andreas Gal of Mozilla on Encrypted Media
Extensions in Firefox, as held by the stored web-page corpus (the whole stored page). Each
stored paragraph (date, salutation, four body paragraphs, "Thank you,", the signature line
"Free Software Melbourne.") became one Word paragraph; the blank lines between them were
left out. No heading was added (the stored text has none); the Word title property is the
page's name. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  mn06  DOCX: eight plain paragraphs, the last one the signing group's name with its final
        full stop, no cue other than the closing "Thank you,".

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
    "mn06_fsmelbourne-letter-to-mozilla-eme-drm": "Letter To Mozilla",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
