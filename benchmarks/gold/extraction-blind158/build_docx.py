#!/usr/bin/env python3
"""Build the DOCX documents of the et blind extraction set (et02, et04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes). The builder is looked up next to this set's
parent folder (``/work/gold_docs.py`` here, ``benchmarks/gold/gold_docs.py`` once the set is
moved under ``benchmarks/gold/``).

The texts are the real texts of two stored public web pages (see ``sources.csv``), as the
stored web-page corpus holds them, one paragraph a line, empty lines dropped. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  et02  DOCX: the Norges Bondelag news item on the appeal for a new, ambitious climate
        settlement (klimaforlik, Norway): plain Word paragraphs, no heading; the signers are
        ONE paragraph, an inline comma list after the cue "Organisasjoner som har undertegnet:"
        (43 organisations, with the source's typo "Norsk bioenergiforenin,g Norsk teknologi"
        and a "v/ Person" item). The one line of the source that begins with the Norwegian
        quotation dash ("- Hvis ikke havner vi ...") is rendered, by the shared builder's
        rule, as a Word "List Bullet" paragraph (dash dropped); no other marker was added.
  et04  DOCX: the Svenskt Friluftsliv notice of a letter to minister Sven-Erik Bucht sent by
        eight national organisations (Sweden, forests): the page title as a Word Heading 1
        ("# "), the date and text as plain paragraphs, the cue "De åtta organisationerna är:",
        then the eight organisations as Word "List Bullet" paragraphs ("- ", one a line in
        the source), then the site's menu word "Medlemsorganisationer" as a plain paragraph.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (gold_docs.py next to this set's folder)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "et02_bondelaget-opprop-nytt-klimaforlik": "Krever nye forhandlinger for et ambisiøst klimaforlik",
    "et04_svensktfriluftsliv-skrivelse-atta-organisationer": (
        "Skrivelse till statsrådet Sven-Erik Bucht skickat från åtta organisationer"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
