#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rd blind extraction set (rd01, rd04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2 with DejaVu Sans) through the shared builder
``gold_docs.py`` (fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus: each stored paragraph became one line (one Word / PDF paragraph); the
only addition is the builder's heading marker (``# ``) put in front of the page's title line.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rd01  DOCX: christiantoday.com news of the 16 humanitarian agencies welcoming the UN Security
        Council statement on humanitarian access in Syria: a Word heading 1, a photo caption,
        then ten paragraphs; four of the 16 agencies named inside one sentence ("The agencies,
        which include A, B, C and D, are demanding ..."); the last paragraph cut by the corpus
        window inside "from the S".
  rd04  PDF: freshsyria.net news of the joint statement of seven Syrian organisations on the
        EU and Syrian refugees in Turkey: a heading, then eight paragraphs; five of the seven
        signers named after a colon in one sentence ("... a joint statement by the
        organizations: A, B, C, D, and E."); the last paragraph cut inside "Turkish politi".

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
    "rd01_christiantoday-16-agencies-unhindered-humanitarian-access-syria": (
        "Call for unhindered humanitarian access in Syria"
    ),
}
PDF: dict[str, str] = {
    "rd04_freshsyria-seven-organizations-eu-responsible-refugees-turkey": (
        "Syrian organizations hold the European Union responsible for what is happening to "
        "Syrian refugees in Turkey"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
