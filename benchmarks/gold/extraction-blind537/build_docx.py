#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ug blind extraction set (ug04, ug05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ug04  International Dalit Solidarity Network (idsn.org) copy of the joint press release of
        3 May 2021 (Brussels) of eight organisations before the EU-India summit: provide
        medical supplies to India, urge India to free rights defenders. Cut by the corpus
        window inside the fourth paragraph ("social media content ta"). The headline became
        the Word heading 1 (the only change to the stored text: its '# ' marker); the kicker
        "JOINT PRESS RELEASE" and every stored paragraph are Word paragraphs; the signers are
        named in one sentence ("The organizations are A, B (X), ..."), as stored, with the
        unclosed "(IDSN," kept.
  ug05  The Himalayan Times (Kathmandu) news of 19 February 2020: editors of major print and
        online outlets condemn the Chinese Embassy's press release on a Kathmandu Post
        article. The stored text is whole (no cut); it has no title line, so no heading was
        added: the corpus' date line (" date 2020-02-19 THT Online") and every stored
        paragraph are PDF paragraphs, unchanged.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ug04  DOCX: a paragraph "JOINT PRESS RELEASE", a heading 1 (the headline), four paragraphs
        (the dateline lead with "eight organizations said today", the second paragraph, the
        sentence naming the eight organisations, two more paragraphs, the last one cut).
  ug05  PDF: the date line, a lead paragraph, two quoted paragraphs, one paragraph on the
        editors' commitment, and one long paragraph naming the seventeen editors as
        "Name of Outlet" or "Name (former editor of X)" inside one sentence.

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
    "ug04_idsn-eight-organisations-eu-india-summit-joint-press-release": (
        "Provide Essential Medical Supplies; Urge India to Free Rights Defenders, Address Abuses"
    ),
}
PDF: dict[str, str] = {
    "ug05_himalayantimes-editors-condemn-chinese-embassy-statement": (
        "Editors condemn Chinese Ambassador\u2019s statement"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
