#!/usr/bin/env python3
"""Build the DOCX document of the ga blind extraction set (ga06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one folder up; fixed creation dates and zip timestamps:
two builds give identical bytes).

The text is the real text of the open letter "W obronie wolności nauki" as held by the
stored web-page corpus for its page on rp.pl (see ``sources.csv``): the page chrome before
the title ("fbTrack", two "REKLAMA" lines, the section label "Opinie") and the last,
cut item of the stored text ("- pr") left out, nothing else changed. The title became the
Word heading 1, the two paragraphs of the letter Word paragraphs and each signer (one a
"- " line in the source) a "List Bullet" paragraph, written exactly as in the source
(titles, roles, affiliations and places kept). Nothing here decides who signed: the labels
in ``labels/`` were written by reading.

Layout:
  ga06  DOCX: the open letter of Polish academics and public figures protesting against
        "Stalinist practices" at the University of Wrocław (a conference, the dismissal of
        the director of its Institute of International Studies): a heading, two paragraphs,
        then 18 Word bullet paragraphs "titles Name, role, affiliation, place" (persons
        alone, persons with an office, persons with a university or foundation).

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
    "ga06_rp-w-obronie-wolnosci-nauki": "W obronie wolności nauki",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
