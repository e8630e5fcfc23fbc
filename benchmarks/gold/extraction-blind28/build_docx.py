#!/usr/bin/env python3
"""Build the PDF document of the twenty-eighth blind extraction set (ae series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the shared builder ``gold_docs.build_set``
(fixed creation date: two builds give identical bytes). The text is the real text of a public
news item as held by the stored web-page corpus (see ``sources.csv``); only the title line was
marked as a heading. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  ae02  PDF: an askanews wire item (Italy, "Roma, 23 set.", 2019 by context; page "-2-" of the item) on the
        "Io accolgo" campaign's appeal to abrogate the two security decrees; a bold title, the
        editor tag, one quoted paragraph, then the 44 promoting organisations as one run-on
        comma-separated sentence after "L'appello e' promosso da:" that the PDF wraps over
        several lines.

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
    "ae02_ioaccolgo-appello-abrogazione-decreti-sicurezza": (
        "Migranti, Campagna Io accolgo chiede abrogazione decreto sicurezza"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
