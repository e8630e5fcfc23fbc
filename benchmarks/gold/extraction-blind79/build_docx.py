#!/usr/bin/env python3
"""Build the DOCX document of the seventy-ninth blind extraction set (bs series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is
the real text of one stored public web page (see ``sources.csv``); only paragraph breaks
were turned into document structure (one Word paragraph a line, empty lines dropped; no
heading, bullet or table was added). Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  bs06  DOCX: an Umbrian news item (vivoumbria.it) on thirteen associations founding a
        regional ecologist network; a prose paragraph quoting the network's press note,
        then the cue "Ecco l'elenco delle associazioni che hanno aderito" as its own
        paragraph and the thirteen associations one plain Word paragraph each (no bullets,
        no numbering, several names carrying a city or region: "Legambiente Perugia").

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
    "bs06_vivoumbria-rete-ecologista-umbria": (
        "Tredici associazioni per un'unica rete ecologista in Umbria"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
