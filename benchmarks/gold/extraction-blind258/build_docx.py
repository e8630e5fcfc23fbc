#!/usr/bin/env python3
"""Build the DOCX document of the ip blind extraction set (ip02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news item of the Spanish agricultural news site
Agroinformación (agroinformacion.com, January 2022) as held by the stored web-page corpus
(see ``sources.csv``): the open letter of the Coordinadora Estatal Stop Ganadería Industrial
to the Spanish Government against industrial livestock farming, joined by more than 800
organisations. The stored copy has no headline: the Word heading 1 is the headline as the
page's address gives it (``mas-de-800-colectivos-y-500-profesionales-reclaman-al-gobierno-
que-ponga-fin-a-la-ganaderia-industrial``), with its capital and accents restored; each
paragraph of the stored text (blank lines between them dropped) is one Word paragraph, as
written. The stored copy ends mid-sentence ("... para acabar con este"); the DOCX ends
there too. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  ip02  DOCX: a heading, a paragraph naming the sender of the letter (the Coordinadora, with
        a relative clause and the addressees: the Government and four ministries), then one
        paragraph with the inline list "como por ejemplo la A, B, C, ..., la L o el M"
        (13 organisations, one name with a hyphen joining two names), then paragraphs on
        the 500 professionals, the minister Alberto Garzón and a quoted spokesperson.

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
    "ip02_agroinformacion-800-colectivos-fin-ganaderia-industrial": (
        "Más de 800 colectivos y 500 profesionales reclaman al Gobierno que ponga fin a la"
        " ganadería industrial"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
