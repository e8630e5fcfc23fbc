#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rx blind extraction set (rx05, rx09) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  rx05  salat.zahav.ru (Russian-language Israeli portal, after Sobesednik): "Чулпан Хаматова
        опубликовала письмо российских благотворителей", 26 February 2022: the heads of Russian
        charitable foundations ask Putin to stop the war in Ukraine, with the signers inline
        ("Обращение подписали Name (foundation), ..."), as held by the stored web-page corpus
        (cut by the corpus inside the fifth foundation's name, '("Dom s maya' in Latin letters). The site's
        chrome before the headline (site name, weather of Tel Aviv and Jerusalem, section name,
        two font-size buttons (a Cyrillic A)) was left out; the headline became the Word heading 1; every
        other stored non-empty line a Word paragraph.
  rx09  Nasha Niva, Łacinka edition (be_latn/187122, stored under a CDN mirror host): the
        Belarusian National Platform of the Eastern Partnership Civil Society Forum's "Zvarot"
        of 14 March (2017) on the repressions against the participants of the peaceful protests
        against Decree No. 3, as held by the stored web-page corpus (cut inside the second body
        paragraph at 'vidavo'). The title line "Zvarot Biełaruskaj nacyjanalnaj płatformy ..."
        became the PDF heading 2; the lead sentence, the nine addressee lines, "Kopii:" and the
        body paragraphs stay PDF paragraphs, one a stored line.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rx05  DOCX: a heading 1, a lead paragraph, four byline/credit paragraphs, two statement
        paragraphs and the paragraph "Обращение подписали A (x), B (y), ..." (cut).
  rx09  PDF: a lead paragraph naming the platform, six addressee paragraphs, "Kopii:", three
        copy paragraphs, a heading 2 (the title of the appeal), two body paragraphs (cut); no
        signature block inside the stored window.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 8, 12, 0, 0)

DOCX: dict[str, str] = {
    "rx05_zahav-khamatova-blagotvoriteli-obrashchenie-podpisali": (
        "Чулпан Хаматова опубликовала письмо российских благотворителей"
    ),
}
PDF: dict[str, str] = {
    "rx09_be-latn-zvarot-nacyjanalnaja-platforma-fhs-uschodniaha-partniorstva": (
        "Zvarot Biełaruskaj nacyjanalnaj płatformy Forumu hramadzianskaj supolnaści"
        " Uschodniaha partniorstva"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
