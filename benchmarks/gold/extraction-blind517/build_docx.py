#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tp blind extraction set (tp02, tp08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by the corpus's window of about 2,000 bytes; nothing added,
nothing changed):

  tp02  British Youth Council (byc.org.uk) news of 2019, "Leading youth sector organisations
        welcome a Youth Charter": the joint statement of nine UK youth organisations (UK Youth,
        The Scouts, Girlguiding, ... and the British Youth Council), named inline in the lead
        sentence, welcoming the Government's announcement of a Youth Charter; the BYC chair is
        quoted. The stored text starts with the lead sentence (no headline); it is cut at
        "A new Youth Charter ". Every stored line is a PDF paragraph, the five "- " lines of the
        shared vision are PDF bullets.
  tp08  HOAC (hoac.es) post of 10 September 2014: the statement of the Juventud Estudiante
        Católica and the Juventud Obrera Cristiana against the planned abolition of the Consejo
        de la Juventud de España; both movements are named only inside the first sentence
        ("Los miembros de la A y de la B, ..., estamos profundamente preocupados"). The stored
        text has no headline; it is cut inside the fourth paragraph ("de un futuro "). Every
        stored paragraph is a Word paragraph.

The document titles (core properties) are taken from the pages' addresses (slugs), as neither
stored text has a headline.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tp02  PDF: seven paragraphs (the first with the nine names inline, the third and fourth the
        chair's quote), five bullets, two paragraphs (the last cut).
  tp08  DOCX: four paragraphs (the first with the two signers, the last cut).

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
    "tp08_hoac-jec-joc-futuro-consejo-juventud": (
        "JEC y JOC preocupados por el futuro del Consejo de la Juventud"
    ),
}
PDF: dict[str, str] = {
    "tp02_byc-youth-sector-organisations-welcome-youth-charter": (
        "Leading youth sector organisations welcome a Youth Charter"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
