#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ow blind extraction set (ow03, ow08) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` through the shared builder ``gold_docs.py`` (python-docx, fpdf2; fixed
creation dates and zip timestamps: two builds give identical bytes).

Both texts are the real text of stored web pages, as held by the stored web-page corpus (see
``sources.csv``):

  ow03  PDF: dalsociale24.it, "Le realtà sociali indicano le priorità di Napoli": the
        document "Napoli può" of Nea-Polis, 25 Neapolitan social organisations, for the
        candidates for mayor; the title as a PDF heading (texts/ adds the '# ' heading
        mark; the stored title line repeated once as a paragraph, as stored), then one
        paragraph a stored paragraph; the 25 signers run inline in one paragraph after
        "I firmatari sono", separated by commas and, three times, by full stops; the window
        is cut inside "dal resto della cit".
  ow08  DOCX: vita.it, March 2020: the letter of the presidents of Confcooperative and
        Legacoop Lombardia to the President of the Region (Fontana is not named in the
        window) asking to close non-essential activities; three Word paragraphs as stored
        (the corpus date prefix " date 2020-03" kept as stored), the signers named inline
        in the first ("scrivono Massimo Minelli e Attilio Dadda rispettivamente presidente
        di Confcooperative e Legacoop Lombardia"); the window is cut inside "Contin".

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 7, 12, 0, 0)

DOCX: dict[str, str] = {
    "ow08_vita-confcooperative-legacoop-lombardia-lettera-fontana": (
        "Confcooperative e Legacoop Lombardia a Fontana"
    ),
}
PDF: dict[str, str] = {
    "ow03_dalsociale24-nea-polis-napoli-firmatari-documento-candidati": (
        "Le realtà sociali indicano le priorità di Napoli"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
