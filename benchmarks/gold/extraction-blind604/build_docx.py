#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wv blind extraction set (wv04, wv07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (``work/raw_pages.json``, written out by ``work/write_docs.py``):

  wv04  Antalya Barosu (antalyabarosu.org.tr) print page of the statement of February 2018
        "BAĞIMSIZ BAROLAR HUKUK GÜVENLİĞİNİN TEMİNATIDIR": the presidents of six bar associations
        (Adana, Antalya, Bursa, Gaziantep, Hatay, Sakarya), met in Hatay, back the extraordinary
        general assembly called by the Union of Turkish Bar Associations. Whole (1,935 bytes, under
        the corpus window). The page title became the PDF heading 1; every other stored line (the
        quoted title included) a PDF paragraph.
  wv07  Medikritik (medikritik.com) news of 2020: nine chambers of pharmacists call the other
        chambers and the TEB central board to defend the professional chambers' law ("YASAMA
        DOKUNMA"), the call quoted in full, cut by the corpus after the first signer and the
        first word of the second. The headline became the Word heading 1; every other stored line
        a Word paragraph (the lines that hold only a space kept as one-space paragraphs).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wv04  PDF: a heading 1, then eleven paragraphs: the quoted title, the opening sentence naming
        the six bars (Adana, Antalya, ... and Sakarya, each "Barosu", whose presidents speak),
        the statement's paragraphs and its closing formula of respect (no signature block).
  wv07  DOCX: a heading 1, a lead paragraph, " ", the sentence that introduces the chamber's
        statement, one long paragraph of the call, " ", the closing greeting, " ", the first
        signer's line (chamber of pharmacists of the first region, Istanbul), "TEB" (cut).

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
    "wv07_medikritik-9-eczaci-odasi-yasama-dokunma": "9 Eczacı Odası'ndan ortak açıklama",
}
PDF: dict[str, str] = {
    "wv04_antalyabarosu-alti-baro-baskani-bagimsiz-barolar": (
        "BAĞIMSIZ BAROLAR HUKUK GÜVENLİĞİNİN TEMİNATIDIR"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
