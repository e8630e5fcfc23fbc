#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ua blind extraction set (ua05, ua10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, unchanged (no heading marker added):

  ua05  L'Heureux Cyclage (heureux-cyclage.org) news of December 2016: the FUB, the AF3V,
        L'Heureux Cyclage, Départements & Régions Cyclables and France Vélo Tourisme send an
        open letter to the French Minister of the Environment and to the interministerial
        coordinator for walking and cycling about the withdrawal of the ministry's grants to
        cycling associations. The whole stored page (five paragraphs, the last one the link
        text "Lire la lettre").
  ua10  finanznachrichten.de copy of the ots press invitation of June 2024 by the Deutsche
        Umwelthilfe for the alliance for a speed limit ("Bündnis für ein Tempolimit"): six
        member bodies present the alliance's demands, then "Dem Bündnis gehören die folgenden
        Verbände und Organisationen an:" and twelve names in one sentence, then the speakers
        ("Teilnehmende:-"). The stored text is one paragraph whose sentences run together
        without spaces ("unabdingbar.In", "Deutschland.Wir", "Changing CitiesDatum:"), with
        the corpus' " date 2024-06 " marker in front, cut by the corpus window inside the
        date ("5. Juli 2").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ua05  DOCX: five Word paragraphs (no heading, no list), as stored.
  ua10  PDF: one long paragraph (the whole stored text), no heading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "ua05_heureux-cyclage-lettre-ouverte-ministere-environnement": (
        "Lettre ouverte au Ministère de l\u2019Environnement"
    ),
}
PDF: dict[str, str] = {
    "ua10_finanznachrichten-tempolimit-buendnis-pressekonferenz-2024": (
        "Einladung zur digitalen Pressekonferenz: Breites B\u00fcndnis fordert Ampelregierung"
        " zur Einf\u00fchrung eines generellen Tempolimits auf"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
