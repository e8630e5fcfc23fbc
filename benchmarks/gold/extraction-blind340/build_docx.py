#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the mf blind extraction set (mf02, mf09) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; nothing was added, only the builder's line markup:

  mf02  PDF: klimanotstand-stuttgart.de, "Appell der Stuttgarter Umweltgruppen" (a
        campaign for a climate emergency in Stuttgart, undated). The page's first line became the
        heading, each stored line a paragraph (empty lines dropped, the two leading spaces of
        the numbered demands dropped), "Mitunterzeichnen" a sub-heading, and a page break was
        put inside the signer list (after the tenth of nineteen signers). The two cues
        "Weitere Gruppierungen, die den Appell unterstützen:" and "Einzelpersonen, die den
        Appell unterstützen:" are followed by no name, as on the stored page.
  mf09  DOCX: berlin-gegen-nazis.de, the protests of the International Day against Racism
        (17 March 2018, Potsdamer Platz). The stored text has no headline (the DOCX title
        property is taken from the page's URL slug); each stored line a Word paragraph, the
        three "- Name \u2013 description" items Word "List Bullet" paragraphs.

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

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "mf09_berlin-gegen-nazis-aktionstag-rassismus-buendnisse": (
        "Samstag, 17.03.2018, 13:00 Uhr, Potsdamer Platz: Proteste am Internationalen "
        "Aktionstag gegen Rassismus"
    ),
}
PDF: dict[str, str] = {
    "mf02_klimanotstand-stuttgart-appell-umweltgruppen": "Appell der Stuttgarter Umweltgruppen",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
