#!/usr/bin/env python3
"""Build the DOCX document of the db blind extraction set (db07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in db07):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  db07  DOCX: a press release of medico international e.V. carried by the Presseportal
        (news aktuell / ots, November 2023) on a joint statement of three German aid
        organisations on humanitarian aid in Gaza; the three signers are named once inside
        a sentence ("Die Hilfsorganisationen Misereor, terre des hommes und medico
        international verurteilen ...") and afterwards only as "der drei Organisationen"
        and "die drei Hilfswerke"; medico international e.V. appears again in the
        publisher's header and footer lines. No list and no signature block.

    /work/venv/bin/python build_docx.py
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
    "db07_presseportal-medico-misereor-tdh-gaza-erklaerung": (
        "Bündnis aus Hilfsorganisationen fordert Schutz und Unterstützung für humanitäre"
        " Hilfe in Gaza"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
