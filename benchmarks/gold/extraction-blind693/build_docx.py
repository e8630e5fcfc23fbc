#!/usr/bin/env python3
"""Build the two office documents of the blind set lj from texts/ (DOCX and PDF).

Layout:
- lj07_lokalbuero-duesseldorf-offener-brief-bezahlkarte.docx: the stored page
  text of lokalbuero.com (Duesseldorf, February 2025: open letter to the
  members of the Duesseldorf city council against a payment card for
  refugees, signed by the Catholic Stadtdechant, the Protestant
  Superintendent, the publisher of the street magazine fiftyfifty, the
  founding chair of Fluechtlinge willkommen in Duesseldorf e.V. and a board
  member of the refugee initiative STAY!). One Word heading (level 1) with
  the title of the letter, one plain paragraph with the letter text, then
  five plain paragraphs, one per signer ("Name, role Organisation"), no
  table and no bullets.
- lj09_ots-existenzsicherung-fluechtlinge-appell-2002.pdf: the stored page
  text of ots.at (Vienna, 22 March 2002: refugee organisations nail the
  appeal "Existenzsicherung fuer Fluechtlinge JETZT" to the gates of the
  Interior Ministry; supporters named in prose: the artist Timna Brauer, the
  writer Josef Haslinger, the wine entrepreneur Heinz Kammerer, the social
  scientist Christoph Badelt, the band Sofa Surfers; the Asylkoordination,
  the Integrationshaus, the Katholische Aktion and SOS Mitmensch). A4,
  DejaVu Sans: the headline as a bold 14 pt heading, the standfirst as a
  bold 11 pt sub-heading, then four 10 pt paragraphs; the hard line breaks
  inside paragraphs of the stored text are joined with a space (one
  paragraph per line), and the last paragraph is cut where the stored
  window ends ("Er kann unter 01/ 524 99 00").
Both are built by the shared builder with a fixed date, so two builds give
identical bytes.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "lj07_lokalbuero-duesseldorf-offener-brief-bezahlkarte": (
        "Offener Brief an die Abgeordneten im Düsseldorfer Stadtrat"
    ),
}
PDF: dict[str, str] = {
    "lj09_ots-existenzsicherung-fluechtlinge-appell-2002": (
        "Flüchtlingssituation weiter verschärft: Ohne Dach über dem Kopf, nichts zu essen, keine medizinische Hilfe."
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
