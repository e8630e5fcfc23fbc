#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xs blind extraction set (xs07, xs08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each paragraph as stored; the corpus' blank lines between paragraphs
dropped, no word changed):

  xs07  APA-OTS press release of 18 February 2021 (Vienna): open letter of seven Austrian
        environmental and nature-conservation organisations (GLOBAL 2000, WWF, BirdLife,
        Naturschutzbund, VCÖ, Alpenverein, Naturfreunde) to the leaders of all parties in the
        Nationalrat, asking them to implement the Klimavolksbegehren; cut by the corpus inside
        the second quoted paragraph ("ist das von höch"). The stored first line (" date
        2021-02" and the headline) is a paragraph, the sub-title ("Gemeinsamer Appell von ...")
        a heading 2, every further stored paragraph a PDF paragraph.
  xs08  Sonnenseite (Franz Alt) news of 7 July 2020: BEE president Simone Peter, BBEn board
        member René Mono, Josef Göppel and Klaus Mindrup MdB publish the appeal "Klimapolitik
        als Bürgerbewegung gestalten", supported by associations named in brackets; cut by the
        corpus inside a quote ("gesellschaftli"). The date line is a Word paragraph, the
        headline a Word heading 1, every further stored paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xs07  PDF: a paragraph (date and headline), a heading 2 (the acronym list of the seven
        organisations with "&" before the last), two paragraphs (the second ending in "schreiben
        GLOBAL 2000, der WWF Österreich, ... und der VCÖ."), one quoted paragraph (cut).
  xs08  DOCX: a paragraph (date), a heading 1, four paragraphs (persons with offices in the
        first, the supporting associations in brackets after "darunter" in the second), the
        last one cut.

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
    "xs08_sonnenseite-appell-klimapolitik-buergerbewegung": (
        "Breites Bündnis aus Verbänden und Energiepolitik fordert Stärkung der Bürgerenergie"
    ),
}
PDF: dict[str, str] = {
    "xs07_ots-umweltschutz-allianz-offener-brief-klimavolksbegehren": (
        "Offener Brief an alle ParteichefInnen: Umweltschutz-Allianz fordert Umsetzung des"
        " Klimavolksbegehrens"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
