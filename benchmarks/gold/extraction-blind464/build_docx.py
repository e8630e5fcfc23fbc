#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the re blind extraction set (re05, re06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  re05  abruesten.jetzt, "Spendenbrief" of the initiative "Abrüsten statt Aufrüsten"
        (November 2020), as held by the stored web-page corpus (cut by the corpus at
        "(Spendenb"). The title became a Word heading 1, each stored line a Word paragraph,
        "Spendenkonto" a Word heading 2, and the one line of the signing "Arbeitsausschuss"
        ("Name (Organisation) | Name (Organisation) | ... ." in the source) one Word bullet
        ("List Bullet") per member (the " | " separators and the final full stop left out).
  re06  ots.at press release OTS_20131028_OTS0060 of 15 Austrian NGOs (28 October 2013), as
        held by the stored web-page corpus (cut inside "forder"). The headline became the
        PDF heading, the sub-headline a sub-heading, each stored paragraph a PDF paragraph
        (the corpus's " date 2018-03 " prefix and the blank lines left out); the 15
        organisations stand inside one long sentence that the PDF wraps over several lines.

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

DOCX: dict[str, str] = {
    "re05_abruesten-spendenbrief-arbeitsausschuss": "Spendenbrief",
}
PDF: dict[str, str] = {
    "re06_ots-15-ngos-koalition-mit-den-buergerinnen": (
        "15 führende gemeinnützige Organisationen fordern: Koalition mit den BürgerInnen,"
        " Gemeinnützige stärken!"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
