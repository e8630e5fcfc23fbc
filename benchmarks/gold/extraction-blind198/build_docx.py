#!/usr/bin/env python3
"""Build the DOCX document of the gh blind extraction set (gh03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (the copy of
``benchmarks/gold/gold_docs.py`` one folder up: fixed creation dates and zip timestamps, two
builds give identical bytes).

The text is the real text of a page of the archive of the Comunità di Sant'Egidio
(archive.santegidio.org, "L'appello #savealeppo", Italian, 2014) as held by the stored
web-page corpus (see ``sources.csv``): Andrea Riccardi's quoted appeal, the launch paragraph
and the adhesions received so far, one a line in the source. The page's title became the Word
heading 1; the link text "leggi tutto" after the quotation was left out; each named adherent
(one a line in the source) became a "List Bullet" paragraph, while the two group lines ("i
vescovi di ...", "leaders religiosi ... tra cui") stay plain paragraphs; the last adherent,
cut by the stored copy ("Maulana Syed Muhammad"), is kept as it stands. Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Layout:
  gh03  DOCX: a heading, the quoted appeal, the launch paragraph, a call to sign, a paragraph
        naming two Nobel laureates inline, then Word bullets "Name - Role Organisation" /
        "card. Name, office" / "Name Directeur des X Paris France" mixed with two plain group
        paragraphs.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "gh03_santegidio-appello-savealeppo-adesioni": "L'appello #savealeppo",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
