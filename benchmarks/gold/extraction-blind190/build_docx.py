#!/usr/bin/env python3
"""Build the DOCX document of the fz blind extraction set (fz05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the "Adesioni" page of the Battello di Pace 2025 site (a peace
boat on Lago Maggiore, 11 October 2025, with four stops and a presidio at each: Angera, Arona,
Baveno, Verbania Intra), kept in the repository ``github:battellodipace/battellodipace.it``
(see ``sources.csv``): the page heading and subtitle and the closing call to adhere are the
strings of ``src/components/pages/AdesioniPage.tsx``; the 55 adhering bodies and their stop are
the entries of ``src/data/adesioni.json`` (field ``nome`` and field ``presidio``), in the order of
that file, each written as it is there (a trailing space after "Comitato per la Pace di
Verbania" kept). The page shows each adhesion as a card with the name and a badge of its stop;
here each is one row of a two-column Word table, under a header row "Adesione / Presidio" (the
page's own words; the builder makes the first row of a table bold). The filter buttons of the
page are left out. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  fz05  DOCX: heading 1 "Adesioni", a subtitle paragraph, a Word table (header row and 55
        rows "Organisation | Stop"), then a heading 2 "Vuoi aderire anche tu?" and three
        paragraphs (call, "Per aderire all'evento contattaci:", the e-mail address).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "fz05_battellodipace-adesioni-lago-maggiore": "Battello di Pace 2025 - Adesioni",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
