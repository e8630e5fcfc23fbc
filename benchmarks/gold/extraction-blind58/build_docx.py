#!/usr/bin/env python3
"""Build the DOCX document of the fifty-eighth blind extraction set (ax series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is the real text
of a stored public web page (see ``sources.csv``); only its line breaks were turned into
paragraphs, nothing was added. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ax02  DOCX: an Italian peace appeal (ARCI Valle di Susa archive page, April 2017): one
        intro line naming the six signers by surname, the appeal, six signature lines
        "Name - Role ORGANISATION" (an en dash in the text), place and date, the cue "Hanno finora aderito:" and
        seventeen adherents, two of them persons alone, the others "Name - [Role] Organisation".

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold-ax/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 10, 12, 0, 0)

DOCX: dict[str, str] = {
    "ax02_arcipiemonte-appello-basta-gioco-guerra": (
        "Basta con questo gioco alla guerra: appello congiunto ANPI, ARCI, CGIL, CISL, UIL, ACLI"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
