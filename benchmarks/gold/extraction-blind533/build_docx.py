#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uc blind extraction set (uc02, uc10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  uc02  Human Rights League / Liga za ľudské práva (old.hrl.sk) news of January 2016 in Slovak:
        at a meeting in Vienna on 15 January 2016 Central European refugee-assisting NGOs call
        on the EU member states' governments to receive refugees together; the League names the
        organisations it joined in one long sentence, each with "z <country>" ("from ...").
        The page title became the PDF heading 1 (the only change to the stored text: the '# '
        marker on that line), every other stored paragraph a PDF paragraph.
  uc10  Slovak Humanists (humanisti.sk) post of 26 February 2022 "Kto pomôže Ukrajine": the
        appeal #KtoPomôžeUkrajine initiated by Donio n.f., then "Výzvu podporujú:" and one
        paragraph of supporting organisations separated by commas (a stray ">" before
        "Fairtrade" and spaces before two commas as stored), cut by the corpus inside a name.
        The first "Kto pomôže Ukrajine" became the Word heading 1 (the only change to the stored
        text: the '# ' marker on that line), every other stored line a Word paragraph (the site's
        category line and menu line included).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uc02  PDF: a heading 1, the paragraph with the inline list ("Liga za ľudské práva sa pridala
        k A z X, B, C z Y, ..."), two quoted paragraphs, two paragraphs, a closing line.
  uc10  DOCX: two menu paragraphs, a heading 1, eight paragraphs (the title repeated as a plain
        paragraph, the initiator sentence in the seventh), "Podajme spoločne Ukrajine pomocnú
        ruku", the cue paragraph "Výzvu podporujú:" and one paragraph of 24 names and the cut
        "Slovenská ".

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
    "uc10_humanisti-kto-pomoze-ukrajine-vyzva-donio": ("Kto pomôže Ukrajine"),
}
PDF: dict[str, str] = {
    "uc02_hrl-stredoeuropske-organizacie-utecenci-ecre": (
        "Stredoeurópske mimovládne organizácie pomáhajúce utečencom kritizujú odpoveď Európy na"
        " utečeneckú krízu"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
