#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ma blind extraction set (ma05, ma06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are real public texts (see ``sources.csv``):

- ma05: the Saheli (Delhi women's group) newsletter article of December 2003 on the release
  of 'Threatened Existence', the final report of the International Initiative for Justice in
  Gujarat, as kept in the public repository queerly-yours/saheli
  (``src/app/utils/all-articles.ts``, the stored version with index id 20066764455, 66,810
  characters; article ``Article24``, exactDate "December 24, 2003"): every ``<p>`` became a Word paragraph,
  every ``<li>`` a Word bullet, the two plain ``<div>`` lines at the end (the cue "The
  international Initiative for Justice in Gujarat was set up by:" and the one-line list of
  the groups with their cities in brackets) two Word paragraphs. Layout-only blocks were left
  out: the image placeholders with "Photo caption if any" and the two pull quotes that repeat
  sentences of the text.
- ma06: the nepalnewsgazette.com page "Eminent citizens issue statement against terrorism,
  anarchy" (Bangladesh, July 2024) as held by the stored web-page corpus (cut by the corpus
  inside the list of signatories): each stored paragraph became a PDF paragraph; the stored
  paragraph break inside the list of signatories ("..., Professor Nisar Hossain," / "Dr.
  Nizamul Haque Bhuiyan, ...") became a page break, so the inline list runs over two pages.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "ma05_saheli-iijg-threatened-existence-report-release": (
        "Threatened Existence: International Initiative for Justice in Gujarat"
    ),
}
PDF: dict[str, str] = {
    "ma06_nepalnewsgazette-179-eminent-citizens-against-anarchy": (
        "Eminent citizens issue statement against terrorism, anarchy"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
