#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sm blind extraction set (sm03, sm05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  sm03  Union syndicale Solidaires (solidaires.org) page "Algérie : Déclaration de solidarité
        des associations et organisations syndicales" (undated in the stored text; after the
        first releases of Hirak detainees, so probably early 2020): the declaration of solidarity
        with the Algerian people and the detainees of the Hirak, then its signatories one a
        paragraph ("CFDA Collectif pour les familles de Disparus en Algérie", "SNAPAP", ...),
        cut by the corpus inside the fourth signer ("Ligue Algérienne de D"). Every stored
        paragraph (blank-line separated) became a Word paragraph; no heading was added (the
        stored text has none: the page title is only the document's core title).
  sm05  El Watan article (via djazairess.com; the year is not in the stored text): a communiqué
        of the LADDH, SOS Disparus, RADDH, autonomous unions and unemployed committees
        announcing a sit-in before the Ministry of Labour; the whole stored text, one paragraph, is one PDF paragraph (the
        signers' sentence wraps over several PDF lines).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sm03  DOCX: five paragraphs of declaration, then four one-line paragraphs of signers (an
        acronym, or an acronym followed by the full name; the last cut mid-word).
  sm05  PDF: one paragraph ("Le communiqué est signé par la A (X), B, le C (Y), ... et enfin le
        L." in its third sentence).

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
    "sm03_solidaires-algerie-declaration-solidarite-associations-syndicats": (
        "Algérie : Déclaration de solidarité des associations et organisations syndicales"
    ),
}
PDF: dict[str, str] = {
    "sm05_djazairess-elwatan-laddh-syndicats-autonomes-sit-in": (
        "Des syndicalistes et militants des droits humains en sit-in le 25 février devant le"
        " ministère du Travail"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
