#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rs blind extraction set (rs02, rs10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):
  rs02  delo.si (Ljubljana daily, January 2025): the news item on the public letter of a hundred
        residents of Ljubljana supporting the student protests in Serbia after mayor Zoran
        Janković's letter of support to President Vučić ("Ne v našem imenu!"), as held by the
        stored web-page corpus (cut by the corpus after the 31st signer). The corpus's " date
        2025-01" marker in front of the first paragraph was left out; the stored text has no
        headline (the page's title, from its address, is only the document's title property).
        Each stored paragraph became a Word paragraph, the cue "Podpisniki peticije:" a Word
        paragraph and the 31 signers, one a stored paragraph in the source, a Word bulleted list
        ("List Bullet") in the stored order, with their "Dr." / "Mag." titles as written.
  rs10  diotima.org.gr (Athens, English page of the Diotima Centre, December 2021): the press
        release on the joint letter of 36 civil-society organisations in Greece to Pope Francis,
        as held by the stored web-page corpus. The breadcrumb line stays a paragraph, the stored
        title became the PDF heading, "Signatories" a sub-heading and each numbered signer a
        paragraph ("1. A Drop in the Ocean", the stored numbering kept), with a page break after
        the 18th signer; the date line and the contact line close the document.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rs02  DOCX: four paragraphs (one a photo caption), the cue paragraph "Podpisniki peticije:",
        then a 31-item Word bulleted list of persons (no organisations, no places).
  rs10  PDF: a breadcrumb paragraph, a heading, two byline lines, three paragraphs, the
        sub-heading "Signatories", 36 numbered organisation lines broken over two pages
        (18 + 18), a date line and a contact line.

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
    "rs02_delo-sto-ljubljancanov-javno-pismo-proti-jankovicu": (
        "Sto Ljubljančanov se je uprlo Jankoviću, ki je podprl Vučića"
    ),
}
PDF: dict[str, str] = {
    "rs10_diotima-joint-letter-pope-francis-36-organisations": (
        "PR| Joint letter to Pope Francis about refugees"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
