#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tl blind extraction set (tl02, tl07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tl02  Inter-Environnement Wallonie (iewonline.be) page of 2015 announcing the actions of a
        coalition of Belgian civil society before the six Belgian governments, with an open
        letter asking them not to sign the CETA; the coalition's members stand in brackets
        after categories in one sentence under "Qui ?". Cut by the corpus inside the last
        paragraph ("Chaq"). The page title is a heading 1, the three post-meta lines bullets,
        "Qui ?" and "En pratique :" headings 2, every other stored paragraph a PDF paragraph.
  tl07  Vereniging Fondsenwervende Instellingen (fondsenwerving.nl) news of 5 September 2022
        on the newspaper advertisement of 64 organisations calling on the Dutch cabinet to
        press on with nature restoration ("We kunnen niet zonder natuur"); named organisations
        inside two body sentences, site tags ("Meer over ...") and advertisement lines kept.
        The headline is the Word heading 1, "'Kaartenhuis'" and "Coalitieakkoord uitvoeren"
        Word headings 2, every other stored paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tl02  PDF: a heading 1, three bullets (author / category / reading time), three paragraphs,
        a heading 2 "Qui ?", the coalition sentence, a heading 2 "En pratique :", two
        paragraphs (the second cut).
  tl07  DOCX: three paragraphs of site chrome ("Lid worden van Vf? ...", "LID WORDEN",
        "Advertentie"), a heading 1, "Nieuws", the date, the lead paragraph (first names),
        the byline, the second paragraph (further names), a heading 2, two paragraphs, a
        heading 2, one paragraph, the tag line, "Advertentie", "Procurios /F" (cut).

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
    "tl07_fondsenwerving-64-organisaties-oproep-natuur-advertentie": (
        "Oproep natuurorganisaties aan kabinet: \u2018We kunnen niet zonder natuur\u2019"
    ),
}
PDF: dict[str, str] = {
    "tl02_iewonline-coalition-ceta-lettre-ouverte-six-gouvernements": (
        "Actions face aux 6 gouvernements : La Belgique signera-t-elle le premier trait\u00e9"
        " transatlantique en 2015 ?"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
