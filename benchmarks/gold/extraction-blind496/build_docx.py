#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ss blind extraction set (ss04, ss05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ss04  docslib.org copy of the Hong Kong Universal Periodic Review Coalition's letter of
        20 April 2018 to the Legislative Council's Panel on Constitutional Affairs (Hon Martin
        Liao Cheung-Kong) on the outline of the HKSAR's third UPR report, cut by the corpus
        inside the fifth paragraph. English, so the shared builder's DejaVu fonts can render it
        (they have no CJK glyphs, hence no PDF for the Chinese, Japanese or Korean texts).
  ss05  Japan Hong Kong Democracy Alliance (jhkda.org) post of 2024: the joint statement of
        seven Hong Kong, Tibetan, Uyghur and Southern Mongolian diaspora groups in Japan
        thanking the Japanese government for its statements at China's 45th UPR (Japanese).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ss04  PDF: the date a paragraph, the addressee block one paragraph, the subject line a
        heading 2, then every stored paragraph a PDF paragraph (the second body paragraph
        holds the Steering Committee list "Members of the Steering Committee include; A, B,
        ..., H and I."; the window ends at "which are contained in").
  ss05  DOCX: the site's stored header lines ("top of page", "Search", "  • Japan Hong Kong
        Democracy Alliance") as plain paragraphs, the statement's title a Word heading 1, five
        body paragraphs, then the seven signing groups one a paragraph with no cue, then the
        stored footer lines ("72 views0 comments", "Comments", "bottom of page") as paragraphs.

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
    "ss05_jhkda-nihon-seifu-kansha-godo-seimei": (
        "\u65e5\u672c\u653f\u5e9c\u3078\u306e\u611f\u8b1d\u3068\u5bfe\u8a71\u7d99\u7d9a\u306e"
        "\u8981\u671b\u3092\u8fbc\u3081\u305f\u5408\u540c\u58f0\u660e"
    ),
}
PDF: dict[str, str] = {
    "ss04_docslib-hk-upr-coalition-legco-panel-submission": (
        "3rd report of the Hong Kong Special Administrative Region for the United Nations Human"
        " Rights Council Universal Periodic Review: Panel on Constitutional Affairs Consultation"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
