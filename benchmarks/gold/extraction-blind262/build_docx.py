#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the iy blind extraction set (iy03, iy09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

Both texts are the real text of stored web pages (see ``sources.csv``), only split into
lines (the blank lines between the stored paragraphs dropped, the page title marked as the
heading); no word was added or changed. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

- iy03 (DOCX, Norwegian): Naturvernforbundet (Møre og Romsdal) news item on the petition
  (opprop) of the union Naturviterne for a Norwegian species project, as held by the stored
  web-page corpus (naturvernforbundet.no). The headline became the Word heading 1, each
  stored paragraph a Word paragraph; the initiator and the seven supporting organisations
  stay inline in two sentences of the third paragraph (no cue line, no list).
- iy09 (PDF, Icelandic): statement of four Icelandic professional associations on the arrest
  and deportation of a disabled refugee, as held by the stored web-page corpus (throska.is).
  The headline became the PDF heading, each stored paragraph a PDF paragraph, and each of
  the four signature lines ("Name formaður Association", no cue, no comma) its own paragraph.

Layout:
  iy03  DOCX: heading 1, five paragraphs (the signers inline in the second).
  iy09  PDF: one page; heading, two body paragraphs (the associations named inline in the
        first), then four one-line signature paragraphs.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "iy03_naturvernforbundet-opprop-artsprosjekt-naturviterne": (
        "Støtt opprettelsen av et artsprosjekt i Norge!"
    ),
}
PDF: dict[str, str] = {
    "iy09_throska-yfirlysing-brottvisun-fatlads-manns": (
        "Yfirlýsing vegna handtöku og brottvísunar fatlaðs manns"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
