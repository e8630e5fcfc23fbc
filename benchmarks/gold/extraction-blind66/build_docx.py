#!/usr/bin/env python3
"""Build the DOCX document of the sixty-sixth blind extraction set (bf series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of one stored public web page (see ``sources.csv``); only paragraph breaks and one
heading mark (the press release title) were turned into document structure, and the page's
lines holding a single space were dropped. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  bf05  DOCX: an Italian press release of the refugee council CIR (cir-onlus.org, 7 September
        2018) in which the national asylum round table (Tavolo Asilo Nazionale) asks for an
        urgent meeting with the Minister of the Interior; the cue "Le organizzazioni del
        Tavolo Asilo:" is its own paragraph and the twenty member organisations follow in one
        comma-separated paragraph; a press-office contact block ends the document. The
        release title is a Heading 1.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "bf05_cir-tavolo-asilo-incontro-ministro": (
        "CS - Il Tavolo Asilo Nazionale chiede un incontro urgente al Ministro dell'Interno"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
