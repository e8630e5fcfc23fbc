#!/usr/bin/env python3
"""Build the DOCX document of the thirty-sixth blind extraction set (zs series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of a public web page (see ``sources.csv``), as held by the stored web-page corpus;
only its paragraph breaks were turned into Word paragraphs (blank lines are dropped by the
builder). Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  zs05  DOCX: a PEN America press clip (2013) on a letter of seven UK civil-liberties groups
        to the Commons home affairs select committee about GCHQ and RIPA; ten plain Word
        paragraphs, the seven groups named inside one prose sentence ("The practice is being
        challenged by A, B, ... and G."), with an addressee, a whistleblower, victims of
        surveillance, a newspaper and a minister named in the other paragraphs. The stored
        text ends in mid-word ("championing th"); it is kept as stored.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 2, 12, 0, 0)

DOCX: dict[str, str] = {
    "zs05_pen-civil-liberties-groups-gchq": (
        "Civil liberties groups call on MPs to rein in GCHQ"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
