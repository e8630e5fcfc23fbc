#!/usr/bin/env python3
"""Build the DOCX document of the dn blind extraction set (dn04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in dn04):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  dn04  DOCX: a blog item of the Paritaetischer Gesamtverband (wir-sind-paritaet.de, October
        2022) on the joint appeal of Antje von Broock (BUND) and Ulrich Schneider
        (Paritaetischer Gesamtverband) to join the "Solidarisch durch die Krise" demonstrations
        of 22 October; the two signers are named in an opening sentence with inflected forms
        ("Geschaeftsfuehrerin des Bundes fuer Umwelt und Naturschutz Deutschland (BUND)") and
        again as two signature-like paragraphs ("Name, Role Organisation") heading their parts
        of the appeal; the sentence after the first names some twenty organisations preparing
        or supporting the demonstrations, inline ("attac, Campact, ... VCD und WWF").

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
    "dn04_wir-sind-paritaet-bund-paritaetischer-aufruf-solidarischer-herbst": (
        "Gemeinsamer Aufruf von BUND und Paritaetischem Gesamtverband zu den bundesweiten"
        " #SolidarischerHerbst-Demos am 22.10."
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
