#!/usr/bin/env python3
"""Build the PDF document of the fortieth blind extraction set (zq series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the shared builder ``gold_docs.build_set``
(fixed creation dates: two builds give identical bytes). The text is the real text of a
public news report on a joint statement (see ``sources.csv``): the stored web-page window,
unchanged; only its paragraph breaks became PDF paragraphs (blank lines are skipped by the
builder). Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  zq01  PDF: a Vanguard (Nigeria, October 2020) report on a statement of a coalition of 33
        civil society organisations about COVID-19 palliatives; nine of the organisations are
        named inside two prose sentences ("The CSOs include A, B, C and D." / "Some of the
        others are E, F, G, H and I among others."), followed by a site "READ ALSO" line and
        quoted statement paragraphs that name other bodies (CA-COVID, the Governors' Forum,
        NSCDC, the Nigeria Police Force).

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
    "zq01_vanguardngr-csos-palliatives-governors": (
        "Explain to Nigerians why palliatives were not shared, CSOs tell governors"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
