#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ri blind extraction set (ri05, ri08) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; nothing was added to them:

  ri05  ciavula.it (Locride, Calabria, October 2017): the call to the Siderno meeting against
        the Lombardy and Veneto autonomy referendums and its "Hanno già aderito:" list, cut by
        the corpus inside the last item. Each stored line became a Word paragraph; the items
        after the cue became Word "List Bullet" paragraphs (the "- " marker of the text file
        is the builder's bullet marker, not part of the item). No heading: the stored text has
        no headline.
  ri08  L'Unione Sarda (May 2024): 250 Sardinian local administrators sign the "Manifesto
        dell'insularità" for Michele Cossa's European candidacy; the names follow the cue as one
        comma-separated paragraph, cut by the corpus inside the 30th name. The corpus's
        " date 2024-05 " prefix was left out; each stored paragraph is a PDF paragraph and a
        page break was put before the cue paragraph (cue and list on page 2). The PDF title is
        taken from the page address (slug), not from the text.

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

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "ri05_ciavula-locride-manifestazione-siderno-hanno-aderito": "Il gran giorno è giunto",
}
PDF: dict[str, str] = {
    "ri08_unionesarda-manifesto-insularita-250-amministratori": (
        "Portiamo l'insularità a Bruxelles: nasce il comitato promotore con 250 amministratori sardi"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
