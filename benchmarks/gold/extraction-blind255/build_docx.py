#!/usr/bin/env python3
"""Build the DOCX document of the im blind extraction set (im04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a TMMOB (Union of Chambers of Turkish Engineers and Architects)
news page of 14 February 2018, as held by the stored web-page corpus (see ``sources.csv``; the
stored window stops mid-word after about 2,000 bytes, "mağdurlar\u0131n hukuki işle"). The page's
title line became the Word heading 1 and each of its other lines a Word paragraph (the date,
the news paragraphs, the attendees' sentence and the opening of the statement read at the
press conference); blank lines were dropped and nothing else was changed. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  im04  DOCX: news of the joint press statement of 10 Ekim Bar\u0131ş ve Dayan\u0131şma Derneği, TMMOB,
        KESK, DİSK and TTB on the court's closure of the association: a heading, a date
        paragraph, the issuers inline in one sentence ("A, B, C, D ve E ... ortak bir bas\u0131n
        aç\u0131klamas\u0131 düzenledi."), a sentence naming each body's representative ("TMMOB Genel
        Sekreteri Dersim Gül, DİSK Dev Maden- Sen Genel Başkan\u0131 Tayfun Görgün, ..."), then the
        statement's first paragraphs, cut mid-word.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "im04_tmmob-10-ekim-der-kapatma-ortak-basin-aciklamasi": (
        "Kapatılan 10 Ekim Barış ve Dayanışma Derneği mahkemenin verdiği kapatma kararını "
        "değerlendirdi"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
