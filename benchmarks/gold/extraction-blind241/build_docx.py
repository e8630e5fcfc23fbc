#!/usr/bin/env python3
"""Build the DOCX document of the hy blind extraction set (hy03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one level up: fixed creation dates and zip timestamps, two
builds give identical bytes).

The text is the real text of an article of Roma Sette (romasette.it, the weekly of the Diocese
of Rome) as held by the stored web-page corpus (see ``sources.csv``): its title, its standfirst
and its four paragraphs, unchanged (the source's double spaces kept). The title became the
Word heading 1, the standfirst a Word heading 2 and each paragraph (separated by a blank line
in the stored text) a Word paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  hy03  DOCX: "Casa, l'appello dei sindacati" (8 June 2021): a heading, a sub-heading, a
        paragraph naming the six signing unions inline in one sentence ("sottolineano, in
        una nota unitaria, A, B, C e i rispettivi sindacati degli inquilini D, E, F, che
        hanno inviato una lettera aperta ..."), a paragraph of quotes, and the date.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "hy03_romasette-casa-appello-sindacati-sfratti": "Casa, l’appello dei sindacati",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
