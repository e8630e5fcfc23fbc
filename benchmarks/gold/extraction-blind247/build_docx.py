#!/usr/bin/env python3
"""Build the DOCX document of the ie blind extraction set (ie02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (``benchmarks/gold/gold_docs.py``
in the repository, copied to the parent folder of this set; fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a page of the Forum per Cambiare l'Ordine delle Cose (25
February 2021) as held by the stored web-page corpus (see ``sources.csv``): the stored text
whole, its blank lines dropped, its first line (the headline) made the Word heading 1, the
line "Primi Sottoscrittori aggiornati ad oggi, 25.02.2021" a Word heading 2 and the sixteen
first signers that follow it, one a line in the source, "List Bullet" paragraphs; every
other stored line is a paragraph (``make_docs.py`` writes the text from ``raw/``). The stored
window stops mid-word ("Libertà e Gius"); the last paragraph was kept as stored. Nothing
here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ie02  DOCX: a heading, the lead paragraph (the Forum's coordination sent an open letter to
        PM Draghi and four ministers), two link-text paragraphs, the cue paragraph "I primi
        firmatari, aggiornati alle ore 12.00 del 25.02.2021:", a heading 2, sixteen Word
        bullets (fifteen organisations, some "Acronym \u2013 Name", one "Name/Town", and one
        person "Name, profession"), then a paragraph "per la RETE \u201cSULLA STESSA BARCA\u201d"
        and one paragraph with the network's members as a comma run (spaces before some
        commas, as stored), cut mid-word.

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
    "ie02_forumcambiare-lettera-politiche-migratorie-primi-firmatari": (
        "Intervenite, ora, sulle politiche migratorie e di accoglienza"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
