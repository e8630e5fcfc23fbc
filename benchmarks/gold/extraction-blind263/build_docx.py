#!/usr/bin/env python3
"""Build the DOCX document of the ix blind extraction set (ix09) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of Radar Lebong (radarlebong.bacakoran.co,
see ``sources.csv``): a 2025 news item on the press release of the Indonesian civil-society
coalition (Koalisi Masyarakat Sipil) condemning the intimidation of a writer who criticised
the armed forces (TNI), as held by the stored web-page corpus (787 characters, not cut).
The headline became the Word heading 1; the photo caption and each of the three stored
paragraphs a Word paragraph, with the text unchanged. The coalition's members stay where the
page has them: an inline list inside the last paragraph ("Adapun Koalisi ini terdiri dari
..., termasuk A, B, ..., dan sejumlah lembaga lainnya."). Nothing here decides who signed:
the labels in ``labels/`` were written by reading.

Layout:
  ix09  DOCX: a heading, a caption paragraph, two prose paragraphs, then the paragraph with
        the inline list of eleven organisations (no cue line, no table, no bullets).

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
    "ix09_radarlebong-koalisi-kecam-intimidasi-penulis-kritik-tni": (
        "Koalisi Masyarakat Sipil Kecam Aksi Intimidasi Terhadap Penulis yang Kritik TNI"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
