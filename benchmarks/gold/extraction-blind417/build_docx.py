#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the pg blind extraction set (pg04, pg06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` or
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  pg04  the Hukuki Haber report (hukukihaber.net, late 2021) of the joint statement in which
        bar presidents and delegates of Aegean bar associations back Erinç Sağkan for the
        presidency of the Union of Turkish Bar Associations, as held by the stored web-page
        corpus (cut by the corpus inside the sixth signature line, "Av. Kamil Doğan - Denizli").
        Each stored paragraph became a Word paragraph, each signature line "Av. Name - Bar
        office" a Word paragraph of its own; blank lines and the trailing space of the cut
        line dropped.
  pg06  the Halk\u0131n Sesi (halkinsesikibris.com, September 2024) report of the press statement of
        33 Turkish Cypriot organisations against the two-state policy, as held by the stored
        web-page corpus (cut by the corpus inside the 33rd name, "Mağusa İn"). The corpus's
        " date 2024-09 " prefix was left out; the spot, the lead and the paragraph naming the
        organisations inline "Name (ACRONYM), ..." became three PDF paragraphs.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  pg04  DOCX: two lead paragraphs, four statement paragraphs, six signature paragraphs
        "Av. Name - X Barosu Ba\u015fkan\u0131/Delegesi" (no cue; the last one cut).
  pg06  PDF: three paragraphs, the last one a 32-name inline list running over many lines
        (cut inside the 33rd name).

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
    "pg04_hukukihaber-ege-barolari-erinc-sagkan-destek": (
        "Ege Bölgesi barolarından Erinç Sağkan'a destek açıklaması"
    ),
}
PDF: dict[str, str] = {
    "pg06_halkinsesikibris-33-orgut-iki-devlet-politikasi": (
        "İki devlet politikası bizim görüşümüz de irademiz de değildir"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
