#!/usr/bin/env python3
"""Build the DOCX document of the io blind extraction set (io03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a coalition letter to the leaders of the U.S. House and Senate
of 1 February 2021 asking them to reject H.R. 1 and S. 1 (the "For the People Act"), a PDF
letter kept by docslib.org (https://docslib.org/doc/11090217/oppose-h-r-1-and-s), as held by
the stored web-page corpus (see ``sources.csv``): the stored text is the PDF's extracted
text, cut after about 2,000 characters ("... the policy issues of the day with elec"), so the
signature block of "the undersigned individuals and organizations" is not in it. Each
paragraph of the stored text (blank-line separated) became one Word paragraph, nothing
re-ordered or cleaned (the scrambled two-column address block of the PDF is kept as the
stored text has it). Nothing here decides who signed: the labels in ``labels/`` were written
by reading.

Layout:
  io03  DOCX: date line, two scrambled address paragraphs (the four congressional leaders),
        salutation, the cue sentence "we, the undersigned individuals and organizations,
        ask you to reject H.R. 1 and S. 1 ..." and three body paragraphs, the last one cut
        mid-word; no heading, no list, no signature block.

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
    "io03_docslib-oppose-hr1-s1-undersigned-letter": "Oppose H.R. 1 and S. 1",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
