#!/usr/bin/env python3
"""Build the DOCX document of the gw blind extraction set (gw02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a press release of the Bits & Bäume alliance kept as a
Nunjucks/HTML post in the repository ``github:bitsundbaeume/bits-und-baeume.org`` (see
``sources.csv``): the body of the post with its front matter, HTML tags and link targets left
out (the one link whose text is its own URL kept as that text). The post's title (front
matter) became the Word heading 1, its ``<h2>``/``<h3>`` headings Word headings 2, the one
``<li>`` a "List Bullet" paragraph and every ``<p>`` a paragraph. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  gw02  DOCX: the joint press release of 29 August 2023 on the mid-term review of the
        German government's digital policy ("Halbzeit für die Ampel"): a heading, the byline
        paragraph "Gemeinsame Pressemitteilung A, B, C, ... H" (eight signers inline, mostly
        acronyms), press-release paragraphs with quoted spokespeople, a heading 2 pointing to
        the full list of 21 actors on another site (one bullet holding only a URL), and the
        alliance's own member list ("Der Bits & Bäume Trägerkreis umfasst") as one
        comma-separated paragraph.

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
    "gw02_bitsundbaeume-halbzeit-ampel-pressemitteilung": (
        "Halbzeit für die Ampel - Nachhaltige Digitalpolitik muss jetzt Fahrt aufnehmen."
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
