#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vp blind extraction set (vp03, vp04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, unchanged:

  vp03  Związek Gmin Wiejskich RP (zgwrp.pl) note on the appeal of the local-government side of
        the Joint Commission of Government and Local Government (KWRiST) on the draft law on the
        revenues of local-government units (JST): the heads of the Polish local-government
        associations signed it; they are named in one sentence, in the genitive, after the
        signature of ZGWRP's own chairman. Whole stored text (three paragraphs). Every stored
        paragraph is a Word paragraph; nothing is marked as a heading (the stored text has no
        title); the Word title property is the page's address.
  vp04  imolaoggi.it (Adnkronos) news of 27 May 2020: the thirteen mayors of the Italian
        metropolitan cities write to Prime Minister Giuseppe Conte; the letter is quoted, then
        "La lettera è stata firmata da A, sindaco di X, B, sindaca di Y, ..." in one sentence.
        Whole stored text. The stored headline is the PDF heading 1, every other stored paragraph
        a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vp03  DOCX: three paragraphs - the KWRiST lead ("Strona Samorządowa ... przyjęła apel ..."),
        the signature sentence ("Pod stanowiskiem, oprócz Przewodniczącego Zarządu A - Person -
        podpisali się szefowie następujących organizacji skupiających JST: B, C, ... oraz H (w
        imieniu ...)."), and a closing line on the attached file.
  vp04  PDF: a heading 1 (the headline), three paragraphs on one page - the lead, the quoted
        letter, and the signature sentence running over about seven lines and ending with the
        agency credit ("...  ADNKRONOS").

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
    "vp03_zgwrp-korporacje-samorzadowe-apel-dochody-jst": (
        "zgwrp.pl/stanowisko-ustawy-o-dochodach-jst"
    ),
}
PDF: dict[str, str] = {
    "vp04_imolaoggi-sindaci-citta-metropolitane-lettera-conte": (
        "Potenza di fuoco? Sindaci scrivono a Conte: \u201csaltano servizi essenziali\u201d"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
