#!/usr/bin/env python3
"""Build the DOCX document of the ey blind extraction set (ey02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a South African civil-society statement to President Ramaphosa
on the funding of the fight against gender-based violence, kept as a React component in the
repository ``github:L-TDevWork/action-ui`` (``ToThePresident.tsx``, see ``sources.csv``): the
text of its ``<p>`` and ``<h4>`` elements in order, markup removed and whitespace collapsed as
a browser renders it. The heading "Civil Society Organisations who endorse this statement:"
became a Word heading 2 and each line of the endorsers' paragraph (one ``<br />`` a line,
"N. Name" as typed in the source) its own paragraph. The source has no title: the document's
title property is taken from the component's name. Nothing here decides who signed: the labels
in ``labels/`` were written by reading.

Layout:
  ey02  DOCX: six statement paragraphs (quotes of the President, addressees: the Presidency,
        the National Treasury and six government departments), a contact paragraph naming two
        persons and their organisations run together, then a heading 2 and 51 plain paragraphs
        "1. ActionAid South Africa" ... "51. womxn and Democracy Initiative, Dullah Omar
        Institute" (numbers typed in the text, no Word list style).

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
    "ey02_gbv-csos-letter-to-president-budget": (
        "To the President: Civil Society Organisations on funding to end Gender-Based Violence"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
