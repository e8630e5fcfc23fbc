#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jj blind extraction set (jj01, jj05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` or
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

Both texts are the real text of stored web pages (see ``sources.csv``), as held by the stored
web-page corpus (cut by the corpus at its window). Nothing here decides who signed: the labels
in ``labels/`` were written by reading.

Layout:
  jj01  DOCX: La Cimade page with the letter of seven associations to the Prime Minister on
        Calais (October 2016 context): the site's teasers and the letter as Word paragraphs,
        then the signature block as a 7-row, two-column Word table "Name | office of the
        organisation" (each stored line "Name, Présidente de ORG" split at its first comma;
        the table's first row is set in bold by the shared builder), then the byline and the
        following teasers as paragraphs (the last one cut by the stored window: "Un col").
  jj05  PDF: a page of a Saint-Étienne activist site relaying the communiqué of 13 Stop Linky
        collectives (Auvergne-Rhône-Alpes, July 2018): the page title as heading, the two
        "•" bullets of the stored text as PDF bullets, every hard-wrapped line of the stored
        text as its own paragraph (leading indentation dropped), so that the signer list
        after "Les collectifs :" runs over four paragraphs with three names broken across
        them ("Info Linky Sud Ouest / Lyonnais", "Stop Linky Gazpar / 42",
        "Stop Linky Rive / 38").

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "jj01_lacimade-calais-lettre-premier-ministre": "Calais : lettre au Premier ministre",
}
PDF: dict[str, str] = {
    "jj05_saintdebout-linky-resistance-juridique-collectifs": (
        "LINKY : la résistance juridique s’organise !!!"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
