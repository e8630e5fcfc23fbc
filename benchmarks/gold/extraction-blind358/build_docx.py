#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the my blind extraction set (my05, my10) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (both cut by the corpus's window of about 2,000 characters):

  my05  kab-mainz.de: the founding call of the Rhineland-Palatinate "Allianz für den freien
        Sonntag". DOCX: the page title as Word heading 1 ("# "), each stored paragraph a Word
        paragraph, the page's "•" bullets as Word "List Bullet" paragraphs ("- "): five
        bullets of aims, the cue paragraph "Die Gründungsmitglieder:", then five bullets of
        founding members (the fifth cut inside "... Limburg, Mainz, S" as stored).
  my10  koeln.adfc.de: the ADFC Köln news on the open letter of ten associations to the
        Federal Transport Minister. PDF: the site name, photo captions and the body as
        paragraphs, the news title as heading ("# "), the signers in one inline sentence
        after "Unterzeichnet haben den offenen Brief folgende Verbände und Organisationen:".

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

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "my05_kab-mainz-gruendungsaufruf-allianz-freier-sonntag": (
        "Gründungsaufruf für eine Rheinland-Pfälzische Allianz für den freien Sonntag"
    ),
}
PDF: dict[str, str] = {
    "my10_adfc-koeln-offener-brief-strassenverkehrsrecht": (
        "Offener Brief an den Verkehrsminister: Gute Straßen sind für alle da!"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
