#!/usr/bin/env python3
"""Build the DOCX document of the eh blind extraction set (eh02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of one stored public web page (see ``sources.csv``), as the search
tool returned it (including its leading " date 2023-02 " stamp and its cut last sentence);
only its line breaks were turned into document structure (one Word paragraph a non-empty
line; blank lines are dropped, as in ``gold_docs``). No heading, bullet or table marker was
added, so every line becomes a plain paragraph. Nothing here decides who signed: the labels
in ``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in eh02):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  eh02  DOCX: a dBalears (Mallorca) news item on the manifesto "El català, llengua oficial
        ara!" (February 2023): the nine promoting entities are named twice, each time inline
        in one paragraph (comma-separated, last joined by "i", Catalan articles "la", "l'"),
        with small differences between the two runs ("Cambra Comerç" / "Cambra de Comerç",
        "Fundació d'Empresaris de Catalunya - FemCAT" / "Fundació FemCAT"); a venue, the
        addressed governments and two quoted speakers follow.

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
    "eh02_dbalears-manifest-catala-llengua-oficial-ue": (
        "Presenten un manifest per exigir al Govern espanyol que faci oficial el català a la UE"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
