#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vs blind extraction set (vs03, vs10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each the first 2,000 bytes of the page):

  vs03  JANIC (Japan NGO Center for International Cooperation) press post of 11 May 2017: the
        request of 2 May 2017 to Prime Minister Abe and Foreign Minister Kishida about civic
        space at the G20 Hamburg summit, the four sending NGOs in a block under the two
        addressees, then the letter's body, cut by the corpus at '...整備し、より'. Japanese.
        Every stored line became a Word paragraph; nothing was made a heading.
  vs10  fetn.co post of 28 February 2018, "Chhengliân To̍phài 228 Hêngtōng Sengbêng" (statement
        of the young pro-independence activists' 228 action), written in Taiwanese Hokkien in
        romanization (Latin script with combining diacritics, which the builder's DejaVu fonts
        carry; the set's CJK texts could not go to the PDF because those fonts have no CJK
        glyphs), cut by the corpus inside the first demand at '...kah khión'. The statement
        names no signer in the stored window.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vs03  DOCX: twelve short paragraphs (site labels 'CATEGORY', 'DATE', 'NEWPOST最新ニュース',
        'PRESS', 'MAY.11.2017', the date, two addressee lines, four sender lines), then three
        body paragraphs (the last cut).
  vs10  PDF: a date paragraph, a heading 1 (the statement's title), three paragraphs, a heading 2
        'Lán ê sò͘kiû' (our demands), two paragraphs (the second cut).

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
    "vs03_janic-g20-hamburg-shimin-shakai-yoseisho": (
        "2017年5月2日 内閣総理大臣・外務大臣宛 G20ハンブルグ・サミットに関する要請書"
    ),
}
PDF: dict[str, str] = {
    "vs10_fetn-chhenglian-tophai-228-hengtong-sengbeng": (
        "Chhengliân To̍phài 228 Hêngtōng Sengbêng"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
