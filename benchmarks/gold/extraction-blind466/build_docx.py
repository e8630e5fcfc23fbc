#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rg blind extraction set (rg01, rg04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2 with DejaVu Sans) through the shared builder
``gold_docs.py`` (fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus: each stored paragraph became one line (one Word / PDF paragraph); the
only additions are the builder's heading markers (``# ``, ``## ``) put in front of the page's
title lines, and the source's one-space spacer paragraphs were left out. Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Layout:
  rg01  DOCX: ttb.org.tr (TTB UDEK) joint statement of the specialist medical associations
        "HEKİMLİK YAPTIK, YAPIYORUZ, YAPACAĞIZ!": a Word heading 1 (the page title), a heading 2
        (the statement's title), five statement paragraphs, then the signature block as plain
        Word paragraphs, one a line: the coalition's executive board's name followed by its ten
        member associations (no cue word, no bullets).
  rg04  PDF: kibrishabersitesi.com news of a strike at the Labour Department (North Cyprus):
        the lede as the PDF heading, then five paragraphs; 35 unions named inside one long
        sentence of the joint statement, with nested "X'e bağli; A, B, C" groups (unions
        affiliated to a confederation) and a genitive suffix on the last name ("Büro-İş'in"),
        wrapped over several PDF lines.

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
    "rg01_ttb-udek-hekimlik-yaptik-yapiyoruz-yapacagiz": (
        "TTB UDEK’ten Ortak Açıklama: Hekimlik yaptık, yapıyoruz, yapacağız!"
    ),
}
PDF: dict[str, str] = {
    "rg04_kibrishabersitesi-calisma-dairesi-grev-ortak-aciklama": (
        "Çalışma Dairesi’nde bugün grev var"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
