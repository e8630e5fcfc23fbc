#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uv blind extraction set (uv02, uv05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (line breaks kept as paragraph breaks, empty lines dropped by the
builder, words unchanged; only one ``# `` heading marker was added, in uv05):

  uv02  Institute for Reporters' Freedom and Safety (IRFS, Azerbaijan; irfs.org) news-feed
        item of 8 November 2010: the statement of ten Azerbaijani non-governmental
        organisations on the parliamentary elections of 7 November 2010, whole as stored
        (1,713 characters). The dateline, the six statement paragraphs, the ten organisation
        names (each stored with one leading space, kept) and the closing date are PDF
        paragraphs; the stored text has no title line, so the PDF has no heading (the page
        title is only the PDF's title metadata).
  uv05  EADaily (eadaily.com) news item of 10 September 2018 on the founding of the National
        Alliance of Tajikistan in Warsaw by four exiled Tajik opposition groups, in Russian,
        cut by the corpus inside its last quotation (two Cyrillic letters). The site's menu residue (the Russian word for "menu" and three currency lines
        as stored, one without its currency sign) are Word paragraphs, the headline the Word
        heading 1, every other stored paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uv02  PDF: a dateline paragraph ("November 8th, 2010"), six paragraphs of the statement
        ("We, a group of non - governmental organizations in Azerbaijan, ..."), then ten
        one-line paragraphs, one organisation each, with no cue before them, and a closing
        date paragraph ("November 08, 2010").
  uv05  DOCX: four menu paragraphs ("Меню", "  • $ 99.75 -0.00", ...), a heading 1 (the
        headline), a paragraph naming the four groups in the nominative as the subject of
        "объединились", a paragraph with the signing sentence "Декларацию подписали лидеры
        четырех групп: A, председатель X, B, координатор Y, ..." (groups in the genitive), and
        a last paragraph, cut.

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
    "uv05_eadaily-national-alliance-tajikistan-declaration": (
        "В Таджикистане оппозиция объединилась в Национальный альянс"
    ),
}
PDF: dict[str, str] = {
    "uv02_irfs-azerbaijan-ngos-statement-2010-elections": (
        "Non-governmental organizations issue democracy and human rights statement"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
