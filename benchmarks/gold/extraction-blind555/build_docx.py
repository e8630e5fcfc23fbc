#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uy blind extraction set (uy04, uy10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (line breaks kept as paragraph breaks, empty and blank lines dropped,
words unchanged; only the ``# `` / ``## `` heading markers were added):

  uy04  "Leipzig - Stadt für alle" (leipzig-stadtfueralle.de), October 2019: the network's call
        "Für eine politische Vertretung der Mieter*innen in Leipzig", asking tenants to join the
        Mieterverein Leipzig and to make it a political voice; the cue "Der Aufruf wird
        unterstützt von:" is followed by no name in the stored text (the supporters were not
        text on the page); cut by the corpus at "Das pol". The page's "Text: ..." line is a
        PDF paragraph, the title a heading 1, the sub-title "…denn „einfach umziehen“ ist nicht
        mehr." a heading 2, every other stored paragraph a PDF paragraph.
  uy10  Woonbelang (woonbelang.com, archive October 2013): the four tenants' associations of
        Woonpunt's tenants, united in the Centraal Huurders Overleg Woonpunt (CHOW), write to
        Woonpunt's director about the deal between Aedes and the Rutte II cabinet; cut by the
        corpus at "In de afgelop". The page title "Deal tussen Aedes en kabinet Rutte II" became
        the Word heading 1, "Brief aan de directeur-bestuurder van Woonpunt" a Word heading 2,
        every other stored line a Word paragraph (the page's hard line breaks kept, so some
        sentences run over two paragraphs; the footnote naming CHOW is two paragraphs; the
        image file name and the runs of spaces kept as displayed).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uy04  PDF: a paragraph "Text: ...", a heading 1, the lead paragraph naming the network, the
        date line, the cue "Der Aufruf wird unterstützt von:" with nothing under it, the
        download line, three paragraphs of the call, a heading 2 and a cut paragraph.
  uy10  DOCX: a date paragraph, a heading 1, the lead paragraph (the four associations by
        place, footnote marks * and **), two footnote paragraphs for "*" (CHOW) and one for
        "**" (Aedes), the image file name, a heading 2, the salutation, the letter's
        paragraphs ("Als CHOW-leden ... wij"), cut.

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
    "uy10_woonbelang-chow-huurdersverenigingen-brief-woonpunt-aedes": (
        "Deal tussen Aedes en kabinet Rutte II"
    ),
}
PDF: dict[str, str] = {
    "uy04_leipzig-stadtfueralle-aufruf-politische-vertretung-mieterinnen": (
        "Für eine politische Vertretung der Mieter*innen in Leipzig"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
