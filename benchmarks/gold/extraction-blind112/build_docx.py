#!/usr/bin/env python3
"""Build the DOCX document of the cz blind extraction set (cz02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (as in gold_docs):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph
In cz02 the page's own first three lines begin with "- " (the OTS date line, "- /" and the
OTS number line), so they become three "List Bullet" paragraphs without the marker; every
other line is a plain paragraph. No TAB and no "#" occurs in the text.

Layout:
  cz02  DOCX: an APA-OTS press release (Vienna, 14 December 2015) of six Austrian aid
        organisations inviting to a press conference on their joint proposals for the
        reception of refugees; the six organisations are named three times in prose
        ("Caritas, Diakonie, Hilfswerk, Rotes Kreuz, Samariterbund und Volkshilfe") and once
        as "Als Gesprächspartner stehen zur Verfügung:" followed by one paragraph a speaker
        ("Name, Funktion, Organisation"; one entry wrapped over two paragraphs).

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
    "cz02_ots-hilfsorganisationen-fluechtlingsarbeit-oesterreich": (
        "Erinnerung! Einladung zur Pressekonferenz: NGOs fordern dringende Änderungen für die"
        " Flüchtlingsarbeit in Österreich"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
