#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the second blind extraction set from their text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans from
/usr/share/fonts/truetype/dejavu). The texts are the real texts of public statements
(see ``sources.csv``); only page markup was turned into document structure.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a "• " line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  z12  the appeal (title, subtitle, four paragraphs), the heading "Les signataires" and
       55 Word "List Bullet" paragraphs.
  z13  the page intro, then a three-column Word table "Signatory organisation |
       Constituency | MP" (header row + the first 40 data rows of the signatory table).
  z14  PDF: title, one sentence, 12 bullet lines with a page break inside the list, and
       the empty "Sponsors" heading of the page.

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
    "z12_mareepopulaire-signataires": "Marée populaire le samedi 26 mai",
    "z13_tcc-community-open-letter-signatories": "Our 2024 Community Open Letter",
}
PDF: dict[str, str] = {
    "z14_marchforscience-nl-endorsements": "Endorsements",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
