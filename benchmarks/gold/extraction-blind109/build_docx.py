#!/usr/bin/env python3
"""Build the DOCX documents of the cw blind extraction set (cw06, cw07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

Each text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the texts, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in cw06 or cw07):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  cw06  DOCX: a Turkish Medical Association (TTB) news page: TTB, DISK and TMMOB declare
        their support for the public employees' confederation KESK; the three are named with
        their acronyms in the news lead and again, in capitals, as the signature block of the
        statement "KESK'IN YANINDAYIZ" (one signer a Word paragraph, in another order, one
        name misspelt "KONFERDERASYONU"); KESK itself, the organisation defended, is named
        many times and does not sign. One paragraph holds a single space.
  cw07  DOCX: a Worldconnectors (Netherlands) page in Dutch: a letter to the Rutte IV cabinet
        and parliament on the SDGs, "ondertekend door de voorzitters van A, B en het C" (three
        organisations through their unnamed chairs, inline in one sentence); the cabinet,
        parliament and the Tweede Kamer are addressees.

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
    "cw06_ttb-kesk-in-yanindayiz-tr": "KESK’İN YANINDAYIZ",
    "cw07_worldconnectors-brief-kabinet-rutte-iv": (
        "Brief aan Kabinet Rutte IV en Parlement n.a.v. kamer debat over de regeringsverklaring"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
