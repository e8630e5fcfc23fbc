#!/usr/bin/env python3
"""Build the DOCX document of the ii blind extraction set (ii02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a stored web page: the openPetition blog entry of 6 March 2021
on the petition "Wir fordern die vollständige Ausfinanzierung des Wissenschaftsplanes 2025"
(Bremen), as held by the stored web-page corpus (see ``sources.csv``): the update stamp, the
note on the changed reasons, the cue and the list of first signers, cut where the stored text
ends ("Inge Kleemann, Organisatio"). No word was added, changed or removed: the three group
lines of the list ("Hochschulen und Forschungseinrichtungen", "Studierende und
Jugendorganisationen", "DGB-Gewerkschaften") became Word headings 2 and each signer line
(one a line in the source) a "List Bullet" paragraph; the four lines before the list are
plain paragraphs. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  ii02  DOCX: four paragraphs (update stamp, change note, "Neue Begründung:", the cue
        "... von folgenden Erstunterzeichner:innen unterstützt:"), then three heading-2 groups
        of Word bullets: "Name, Role Organisation" lines, "Prof. Dr. Name (ORG)", two persons
        joined by "und" in one item, organisations alone, a stray space before a comma, and a
        last item cut in the middle of a word.

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
    "ii02_openpetition-bremen-wissenschaftsplan-erstunterzeichner": (
        "Wir fordern die vollständige Ausfinanzierung des Wissenschaftsplanes 2025"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
