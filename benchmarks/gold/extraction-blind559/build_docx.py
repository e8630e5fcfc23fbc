#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vc blind extraction set (vc03, vc07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by its window of about 2,000 bytes):

  vc03  Quê Mẹ / Vietnam Committee on Human Rights (queme.org, French) press release of
        4 September 2016: three France-based organisations, the FIDH, the Comité Vietnam pour
        la Défense des Droits de l'Homme (CVDDH) and the Ligue des Droits de l'Homme (LDH),
        write an open letter to President François Hollande before his visit to Vietnam. The
        letter's title line ("SUR LA SITUATION DES DROITS DE L'HOMME AU VIETNAM") became the
        Word heading 2 (the only change to the stored text); every other stored line, the lead
        paragraph, the address block of the addressee and the letter's paragraphs, a Word
        paragraph.
  vc07  ASEAN Parliamentarians for Human Rights (aseanmp.org) tag page holding the joint letter
        of 13 December 2017 of nine human-rights organisations to the Lao Prime Minister,
        President and Minister of Justice asking to repeal the Decree on Associations No. 238
        of 2017. The post title became the PDF heading 1 (the only change to the stored text);
        every other stored line (the addressee block line by line, the date, the salutation,
        the "RE:" line, the body paragraphs) a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vc03  DOCX: one lead paragraph (the three organisations, then their presidents "Au nom de
        leurs organisations"), a heading 2, seven address / salutation paragraphs, two letter
        paragraphs (the second cut at "Les militants et les défense").
  vc07  PDF: a heading 1, a paragraph pointing to the PDF version, twelve addressee lines
        (three officials, each with office, office address and country), the date, the
        salutation, the "RE:" line, one paragraph naming the nine organisations, two further
        paragraphs (the last cut at "imprecise").

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
    "vc03_queme-fidh-cvddh-ldh-open-letter-hollande-vietnam-fr": (
        "3 organisations pressent le Président français de soulever la question des droits de"
        " l\u2019Homme lors de sa visite au Vietnam"
    ),
}
PDF: dict[str, str] = {
    "vc07_aseanmp-nine-ngos-joint-letter-repeal-lao-decree-associations": (
        "Joint Letter: Repeal Lao Decree on Associations"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
