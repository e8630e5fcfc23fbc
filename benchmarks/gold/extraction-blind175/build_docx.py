#!/usr/bin/env python3
"""Build the DOCX document of the fk blind extraction set (fk03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the appeal of Polish editors-in-chief published by
dziennik.pl (see ``sources.csv``), as held by the stored web-page corpus: the appeal's title
became the Word heading 1, each paragraph a Word paragraph, and each signer (one a
paragraph in the source, "Name - role Medium,") a "List Bullet" paragraph, the trailing
commas and the source's mix of hyphens and en dashes kept. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Layout:
  fk03  DOCX: "APEL DO WŁADZ RZECZYPOSPOLITEJ POLSKIEJ" (June 2021): a heading, three
        appeal paragraphs (asylum for Belarusian citizens, release of Roman Protasevich
        and Andrzej Poczobut), the cue paragraph "Apel podpisali m.in." and 12 Word
        bullets "Name - redaktor naczelny <Medium in the genitive>," with roles, second
        affiliations and one odd item ("Wirtualnej Polski, Prawnej").

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
    "fk03_dziennik-apel-dziennikarzy-bialorus": ("Apel do władz Rzeczypospolitej Polskiej"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
