#!/usr/bin/env python3
"""Build the DOCX and PDF documents of blind set yx from texts/<stem>.txt.

Layout:
- yx09_alcantara-nota-repudio-remocao-quilombolas.docx: one Word document; the
  title of the note as a level-1 heading, then the photo caption line and the
  four paragraphs of the note as plain paragraphs (the authoring bodies are
  named in prose in the first paragraph; the stored page window ends before the
  list of further subscribing institutions).
- yx10_santa-quiteria-sindicalistas-sttr.pdf: one A4 page, DejaVu Sans 10 pt;
  three body paragraphs, then the closing lines (sign-off, place and date,
  "Atenciosamente,") and the five signers' names, each on its own line as a
  separate paragraph, with no heading.

Both builds are deterministic (fixed dates, normalised zip entries): running
this script twice gives identical bytes.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "yx09_alcantara-nota-repudio-remocao-quilombolas": (
        "Nota de repudio a remocao dos quilombolas de Alcantara - MA"
    ),
}
PDF: dict[str, str] = {
    "yx10_santa-quiteria-sindicalistas-sttr": ("Carta dos sindicalistas do STTR de Santa Quiteria"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
