#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uj blind extraction set (uj05, uj08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page):

  uj05  Detector Media (en.detector.media) English post of 24 May 2024 on the press conference
        and joint statement of Taiwanese civil society organisations (Doublethink Lab, Hong Kong
        Outlanders, Taiwan Hong Kong for Democracy and others) against the KMT/TPP legislative
        amendments, cut by the corpus inside the seventh paragraph ('... principles and c').
        English on purpose: the shared builder's DejaVu fonts have no CJK glyphs. Text unchanged:
        every stored paragraph is a PDF paragraph (the site line 'Spilnota Detector Media' and
        the link line 'Taiwan's CSO's joint statement: click here ' included); no heading.
  uj08  IMADR (imadr.net) Japanese blog post of 25 May 2017 on the NGOs' joint press conference
        against the 'conspiracy' (共謀罪) bill, cut by the corpus inside the second numbered
        point. The post title became the Word heading 1 (the only change: its '# ' marker);
        the date line, the photo file name 'IMG_0243', the two paragraphs holding a single space
        and every other stored paragraph (with their leading spaces) are Word paragraphs.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uj05  PDF: nine paragraphs (site line, link line, dateline paragraph naming KMT and TPP, the
        paragraph 'Today, civil society organizations, including A, B, C, D, the E, and F hosted
        a press conference. ...', five further paragraphs, the last cut).
  uj08  DOCX: a date paragraph, a heading 1, 'IMG_0243', a single-space paragraph, a paragraph
        on the press conference, the paragraph '会見に参加した団体は、A、B、C、D、E、そしてFでした。',
        a paragraph on the speakers, a single-space paragraph, two numbered paragraphs (the
        second cut).

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
    "uj08_imadr-kyobozai-hoan-ngo-kyodo-kishakaiken": (
        "\u300c\u5171\u8b00\u7f6a\u6cd5\u6848\u300d\u306b\u53cd\u5bfe\u3059\u308bNGO\u5171\u540c"
        "\u8a18\u8005\u4f1a\u898b\u304c\u958b\u50ac\u3055\u308c\u307e\u3057\u305f"
    ),
}
PDF: dict[str, str] = {
    "uj05_detectormedia-taiwan-cso-joint-statement-legislative-amendments": (
        "Civil society organizations in Taiwan alarmed by proposed legal amendments threatening"
        " privacy and rights"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
