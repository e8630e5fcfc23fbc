#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the twenty-ninth blind extraction set (zw series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of public statements as held by the
stored web-page corpus (see ``sources.csv``); only two heading marks were added (zw04).
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  zw02  PDF: a newsletter copy of the joint statement of seven UN principals on the
        cross-border aid lifeline to north-west Syria (18 June 2021); the whole statement,
        the "Signatories" run of seven "Title Name, Role, Organisation (ACRONYM)" items and
        the press contacts are one run-on paragraph between the mailer's "Laden..." lines.
  zw04  DOCX: the alliance page of Mehr Demokratie Schleswig-Holstein for its two popular
        initiatives; a Heading 1, a paragraph, a Heading 2 "Buendnispartner", the cue
        sentence and the sixteen member organisations as Word "List Bullet" paragraphs.

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
    "zw04_mehr-demokratie-sh-buendnis-volksinitiativen": (
        "Das Buendnis fuer mehr Demokratie (Schleswig-Holstein)"
    ),
}
PDF: dict[str, str] = {
    "zw02_un-principals-statement-north-west-syria-lifeline": (
        "Statement on the renewal of humanitarian lifeline to millions of people in north-west Syria"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
