#!/usr/bin/env python3
"""Build the PDF documents of the ov blind extraction set (ov01, ov06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) through the shared builder ``gold_docs.py`` (fixed creation date: two builds give
identical bytes).

The texts are the real texts of two stored web pages, as held by the stored web-page corpus
(see ``sources.csv``):

- ov01: the English call of Maghreb associations for international solidarity with the
  protest movements of the unemployed youth in Tunisia (europe-solidaire.org, article 37294,
  2016): the stored text's three "•" bullets became builder bullets ("- " lines, rendered
  "• "), every other stored line a paragraph; the signers are one paragraph each,
  "ACRONYM Country" lines; the window of the corpus ends with the cut word "Forum" (its
  trailing space dropped).
- ov06: the English press release of Tunisian associations (FTDES site, Tunis, 8 October
  2020) condemning police violence in front of the ARP: four statement paragraphs, then the
  numbered list of signing associations as paragraphs "1. Name" (the two leading spaces of
  the stored numbered lines and the double space after "4." dropped); the window ends inside
  the fourth name ("Association Tunisi").

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

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "ov01_europe-solidaire-maghreb-associations-unemployed-youth-tunisia": (
        "Call for international solidarity with the protest movements of the unemployed youth in Tunisia"
    ),
    "ov06_ftdes-signatory-associations-condemn-police-violence-arp": (
        "Press release, Tunis, 08 October 2020"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
