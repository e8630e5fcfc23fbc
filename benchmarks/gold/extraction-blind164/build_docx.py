#!/usr/bin/env python3
"""Build the DOCX document of the ez blind extraction set (ez03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the endorsers page of the Al-Awda (Palestine Right to Return
Coalition) convention site, http://alawdaconvention.al-awdany.org/endorsers.html, as held by
the stored web-page corpus (see ``sources.csv``): the three navigation-menu lines at the top
of the stored text were left out, the page's name in its own menu ("Endorsers") became the
Word heading 1, the two introductory sentences became paragraphs and each of the 41
endorsing organisations (one a line in the source, the last one cut mid-word by the stored
window: "Defense of Children International - Hebron, Pale") a "List Bullet" paragraph, with
its text unchanged. Nothing here decides who signed: the labels in ``labels/`` were written
by reading.

Layout:
  ez03  DOCX: a heading, two paragraphs ("The following organizations have endorsed the
        convention. ..." and "Endorsing organizations support the convention guiding
        principles."), then 41 Word bullet paragraphs "Organisation name" or
        "Organisation name - Place" (chapters of the American-Arab Anti-Discrimination
        Committee as "ADC - ... Chapter"), in the source's alphabetical order.

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
    "ez03_alawda-convention-endorsers": "Endorsers",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
