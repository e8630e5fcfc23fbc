#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tn blind extraction set (tn07, tn10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tn07  Germinal (Cameroonian weekly, germinalnewspaper.com), printable version of an article
        of March 2017 on the Anglophone teachers' strike: the interministerial committee's
        communiqué "signé par tous les participants" (no names), then the 1 January 2017
        communiqué of the Anglophone civil-society "consortium" whose signatories are named as
        three persons in one sentence. Cut by the corpus inside the last sentence ("du Sud").
        The headline is a heading 1, the print-page chrome ("Imprimer", "Note des
        utilisateurs: / 0", "MauvaisTrès bien ") three PDF paragraphs, every other stored line
        a PDF paragraph; the stored line break inside "la société civile / du Cameroun
        anglophone" is kept, so that sentence runs over two PDF paragraphs.
  tn10  Afriques en lutte (afriquesenlutte.org) repost of the joint declaration of LUCHA and
        Save the Congo on the high-level humanitarian conference on the DR Congo (Geneva,
        April 2018): breadcrumb, title, the SPIP meta line ("D 16 avril 2018 H 05:34 A lucha,
        SAVE THE CONGO C 0 messages", its runs of spaces kept), the lead "LUCHA & SAVE THE
        CONGO : Déclaration conjointe ..." and the declaration's first paragraphs, cut by the
        corpus inside a sentence ("des contribution"). The breadcrumb is a Word paragraph, the
        title the Word heading 1, every other stored paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tn07  PDF: a heading 1 (the headline), three chrome paragraphs, five paragraphs (the fourth
        ends at "la société civile", the fifth starts "du Cameroun anglophone" and names the
        three signatories), the last one cut.
  tn10  DOCX: a breadcrumb paragraph, a heading 1, the meta line, the lead paragraph with the
        two organisations, five declaration paragraphs (the last one cut).

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
    "tn10_afriquesenlutte-lucha-save-the-congo-conference-humanitaire": (
        "RDC : Sur la conf\u00e9rence humanitaire"
    ),
}
PDF: dict[str, str] = {
    "tn07_germinal-consortium-anglophone-signataires-tassang-neba-khongo": (
        "Revendications des enseignants d\u2019expression anglaise: La communaut\u00e9 \u00e9ducative"
        " otage des int\u00e9r\u00eats politiques des syndicalistes"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
