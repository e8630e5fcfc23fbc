#!/usr/bin/env python3
"""Build the DOCX document of the hj blind extraction set (hj03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of an AgoraVox (journal citoyen) article of January 2017, "Appel
à l'unité", as held by the stored web-page corpus (see ``sources.csv``): the corpus's
" date 2017-01 " prefix left out, its three appeal paragraphs kept as Word paragraphs, the
line "Premiers signataires :" turned into a Word heading 2 and the signatories' paragraph
(items "Name role (département)" separated by ", ", cut by the stored window in the
eleventh item) kept as one Word paragraph. The document's title property is taken from
the page address (".../appel-a-l-unite-nous-pouvons-189124"); no heading 1 was invented.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  hj03  DOCX: three paragraphs of a call by left-wing activists, trade unionists and local
        councillors to J.-L. Mélenchon and B. Hamon to unite against Le Pen, Fillon and
        Macron (French presidential election, 2017), a heading 2 "Premiers signataires :"
        and one paragraph of inline items "First Last role ... (NN)" (persons with roles,
        parties, local lists and département numbers), the last item truncated.

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
    "hj03_agoravox-appel-unite-melenchon-hamon-premiers-signataires": ("Appel à l'unité"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
