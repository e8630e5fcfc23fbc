#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ln blind extraction set (ln02, ln06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

- ln02: the "Mayors for Solar Energy" statement of U.S. mayors and local officials
  (Environment America), as reproduced by docslib.org (doc 3027884). The docslib page
  chrome ("Total Page:16", "File Type:pdf, Size:1020Kb") and the repeated title were left
  out; the title became the Word heading 1, the "For more information" line, the four
  statement paragraphs (the flattened stored text split at sentence ends) and the cue
  "Signed:" Word paragraphs, each state name of the signature list a Word heading 2
  ("Arizona", "Arkansas", "California") and each signer ("Name, Mayor, City") a Word
  paragraph; the last signer is cut inside his office as in the stored text.
- ln06: the retime.org page on the joint letter of North Texas environmental and public
  interest organizations to EPA Region 6 Administrator Earthea Nance. The "Now Reading"
  line, the WordPress shortcodes ([vc_row ...]), the repeated title and "Download PDF" were
  left out; the title became the PDF heading, the paragraphs PDF paragraphs and the three
  bulleted lists (the organizations, the Region 6 states, the issues, the last one cut as
  in the stored text) PDF bullets.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ln02  DOCX: a heading 1, six paragraphs (link line, four statement paragraphs, "Signed:"),
        then three heading-2 state sections holding 1, 2 and 5 signer paragraphs.
  ln06  PDF:  a heading, two paragraphs, 8 bullets (the organizations, one of them
        "Sierra Club Member"), a paragraph, 5 bullets (states), a paragraph, 3 bullets.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "ln02_docslib-mayors-for-solar-energy-statement": "Mayors for Solar Energy",
}
PDF: dict[str, str] = {
    "ln06_retime-north-texas-groups-letter-epa-region6-nance": (
        "Environmental/Public Interest Organizations letter to Administrator Nance"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
