#!/usr/bin/env python3
"""Build the DOCX document of the fu blind extraction set (fu10) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of an El Watan article (Algeria) as held by the stored web-page
corpus at ``https://djazairess.com/fr/elwatan/1595634`` (see ``sources.csv``): the news lead,
the journalist's initials "N.B", then the appeal itself. The stored copy runs everything into
one paragraph; the lead and the initials became paragraphs of their own, the appeal's title
("Halte à la répression du peuple algérien") a Word heading 1 and its subtitle ("Pour le
respect des droits de l'Homme et les libertés") a Word heading 2, and the appeal's first
paragraph a paragraph, stopping at its last complete sentence (the stored copy is cut
mid-word in the next sentence). Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Layout:
  fu10  DOCX: a news lead naming the initiating association (ACDA, with its name in
        brackets) and, inline in one sentence, sixteen supporting personalities separated
        by commas and closed by an ellipsis ("Kader Attia, Etienne Balibar, Yadh et Sana
        Ben Achour, ..., Emmanuel Terray…."), a paragraph "N.B", a heading 1, a heading 2
        and one paragraph of the appeal (no signature block).

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
    "fu10_djazairess-elwatan-acda-appel-repression-algerie": (
        "Halte à la répression du peuple algérien"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
