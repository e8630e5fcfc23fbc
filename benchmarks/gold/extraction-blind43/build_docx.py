#!/usr/bin/env python3
"""Build the PDF document of the forty-third blind extraction set (zp series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the shared builder ``gold_docs.build_set``
(fixed creation date: two builds give identical bytes). The text is the real text of a public
letter as held by a stored web-page corpus (see ``sources.csv``); only the page title was
marked as a bold line. Nothing here decides who signed: the labels in ``labels/`` were written
by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  zp02  PDF: the studylib.net transcription of the 16 January 2014 letter of eighteen US
        environmental and conservation groups to President Obama on the "all of the above"
        energy strategy; the site's page title (a shortened run of the first names) as a bold
        line, then the letterhead, a cue-free run of the eighteen names joined by " * " over
        six lines, then date, address block and the letter body, cut where the stored text
        ends (before any signature block).

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

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "zp02_studylib-letter-obama-all-of-the-above": (
        "Letter to President Obama on the all of the above energy strategy"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
