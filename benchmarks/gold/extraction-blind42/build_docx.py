#!/usr/bin/env python3
"""Build the PDF document of the forty-second blind extraction set (al series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the shared builder ``gold_docs.build_set``
(fixed creation date: two builds give identical bytes). The text is the real text of a public
petition page (see ``sources.csv``), as held by the stored web-page corpus; only the title and
the two list headings were marked as heading lines. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  bold title (PDF)     ``## ...``  bold line
  ``- ...``  a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  anything else: a plain paragraph

Layout:
  al06  PDF: the Italian petition "Cercare le vie della pace. No ad un riarmo generalizzato"
        (iisf.it); the appeal as short paragraphs, then "PROMOTORI" and "PRIME ADESIONI" as
        bold lines, each followed by one run-on paragraph of comma-separated personal names
        (21 promoters, 36 first adherents; two names carry a clerical title, "padre", "don").

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 2, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "al06_iisf-cercare-vie-della-pace-petizione": (
        "Cercare le vie della pace. No ad un riarmo generalizzato"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
