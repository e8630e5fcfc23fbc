#!/usr/bin/env python3
"""Build the PDF documents of the ra blind extraction set (ra02, ra04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2, DejaVu Sans) through the shared builder ``gold_docs.py`` (fixed creation date: two
builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus: each stored line became one PDF paragraph; the only additions are
the builder's heading markers (``# `` / ``## ``) put in front of lines that are headings on
the page. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ra02  PDF: the two-line note on the suspended ban, the cue paragraph "A l'appel du
        Collectif 63 pour une Paix juste et durable :", then ONE paragraph of 26
        organisations separated by commas (wrapped over several PDF lines), then the
        statement's heading, sub-heading and six paragraphs (the last cut by the corpus
        window inside "Ga").
  ra04  PDF: the press-release title as a heading, then four paragraphs; the six members of
        the coalition inside one sentence ("une coalition composée d'A, l'B, le C, la D, E et
        le F a décidé de réagir").

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "ra02_ldh63-collectif-paix-juste-halte-massacre-gaza": (
        "Halte au massacre à Gaza : à l’appel du Collectif 63 pour une Paix juste et durable"
    ),
    "ra04_atd-quartmonde-coalition-familles-nombreuses-logement": (
        "En quête d’un toit : les familles nombreuses à bout de souffle – appel à agir"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
