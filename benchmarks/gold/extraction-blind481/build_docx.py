#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the rv blind extraction set (rv01, rv05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

- rv01: melba.it's copy (12 September 2002) of Emergency's appeal "Fuori l'Italia dalla
  guerra" against Italy's participation in an attack on Iraq, with the first signers after
  "hanno sottoscritto:" in one comma-separated paragraph (cut by the corpus after "fra gli
  altr"). The page's first line became the PDF heading, each stored paragraph (separated by
  a blank line in the source) a PDF paragraph, and a page break was put before the
  "hanno sottoscritto:" paragraph, so the cue and its list open page 2.
- rv05: Arci Toscana's news item (2016) on the national committee "Vota SI per fermare le
  trivelle" for the 17 April 2016 referendum on offshore drilling. The headline became the
  Word heading 1 (its repetition in the stored text kept as a paragraph); the stored body is
  one run in which sentences follow each other without a space ("rilasciate.La posta",
  "sociale.Per questo", "promotrici.Questi") - read as lost paragraph breaks, it was split
  there into Word paragraphs; the cue "Questi i primi firmatari del Comitato nazionale “Vota SI
  per fermare le trivelle”:" is a paragraph and the twelve comma-separated first signers
  became Word "List Bullet" paragraphs (the list is cut by the corpus after "Focsiv ").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rv01  PDF: a heading, six short paragraphs, page break, the cue and its inline list of
        first signers in one paragraph (persons, couples and a trio), a cut closing line.
  rv05  DOCX: a heading 1, four paragraphs, the cue paragraph, then 12 Word bullets, one
        organisation each.

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
    "rv05_arcitoscana-comitato-vota-si-fermare-trivelle": (
        "NO TRIV. Il 17 aprile 2016, referendum contro le trivelle"
    ),
}
PDF: dict[str, str] = {
    "rv01_melba-emergency-fuori-italia-dalla-guerra": (
        "L’appello di Emergency: Fuori l’Italia dalla guerra"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
