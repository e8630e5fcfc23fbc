#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rt blind extraction set (rt04, rt05) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  rt04  elogit.no (Norwegian union site): "Markeringer for palestinsk stat", the call for
        rallies for a Palestinian state organised by Fellesutvalget for Palestina and the
        Palestine committees, with the speakers in Oslo and the organisations that joined,
        as held by the stored web-page corpus. The page title became the Word heading 1;
        the stored label line "- innholdet kan være utdatert" stays a line beginning with
        "- " (so a one-item Word bullet); the three stored section lines ("Parolegrunnlaget
        for nasjonale markeringer", "Appellanter i Oslo", "Tilsluttede organisasjoner")
        became Word headings 2; the three demands (stored with "•") and the nine speakers
        (stored one a line) became Word bulleted lists ("List Bullet"); the organisations
        that joined stay one comma-separated paragraph, as stored.
  rt05  luontoliitto.fi (Finnish nature youth organisation): "Luontovelka kuriin! Osallistu
        mielenosoitukseen huomenna", the call to the budget-session demonstration of
        19 September (2023) with the eleven organising organisations inline in one sentence,
        as held by the stored web-page corpus (ending in the site's widget text). The stored
        first line became the PDF heading; every other stored line a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rt04  DOCX: heading, a one-item bullet, a paragraph naming the three organisers inline,
        three headings 2 with two bulleted lists (demands, nine speakers), the compère line,
        and the 21 joined organisations as one comma-separated paragraph ending "... og X.".
  rt05  PDF: a heading, sixteen paragraphs; the organisers inline in the paragraph
        "Mielenosoituksen järjestävät A, B, ..., K ja L."

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 7, 12, 0, 0)

DOCX: dict[str, str] = {
    "rt04_elogit-markeringer-palestinsk-stat-tilsluttede-organisasjoner": "Markeringer for palestinsk stat",
}
PDF: dict[str, str] = {
    "rt05_luontoliitto-luontovelka-kuriin-mielenosoituksen-jarjestajat": (
        "Luontovelka kuriin! Osallistu mielenosoitukseen huomenna"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
