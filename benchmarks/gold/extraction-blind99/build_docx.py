#!/usr/bin/env python3
"""Build the DOCX document of the ninety-ninth blind extraction set (cm series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of one stored public web page (see ``sources.csv``); only its line breaks were
turned into document structure (one Word paragraph a line, empty lines dropped). Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  cm02  DOCX: a GEW (gew.de) press page forwarding the press release of the nationwide appeal
        "Bildungswende JETZT!"; the three initiators and ten first signers are named inside
        two sentences of one paragraph ("Initiatoren ... sind die A, B und die C. Zu den
        Erstunterzeichner*innen zählen die D (D), der E (E), F, ..."), followed by the press
        release's own signature block and the GEW contact block, all as plain Word paragraphs
        (no bullets, no headings, no table).

    /work/venv/bin/python build_docx.py

``gold_docs`` is imported from the directory above the set (``benchmarks/gold/``); when the
set is built where it was collected, the copy ``gold_docs.py`` next to this file is found
first (the script's own directory is on ``sys.path``).
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "cm02_gew-bildungswende-jetzt-appell": 'Bundesweiter Appell "Bildungswende jetzt!"',
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
