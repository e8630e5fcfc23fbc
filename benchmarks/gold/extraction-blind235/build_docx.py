#!/usr/bin/env python3
"""Build the DOCX document of the hs blind extraction set (hs05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a news item of the Human Rights Centre "Viasna" (spring96.org,
in Belarusian) as held by the stored web-page corpus (see ``sources.csv``): the stored window
begins with the item's headline and stops inside the fourth point of its list of
recommendations (at "ад адміністрацыйна"). The headline became the Word heading 1, each
paragraph a Word paragraph and each "- " point of the recommendations a "List Bullet"
paragraph; nothing else was changed. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  hs05  DOCX: a heading, then a paragraph naming the Belarusian Human Rights House in Vilnius
        "together with a number of European human rights and civic organisations", then the
        eleven other initiators of the petition inline in one sentence, after a cue with no
        colon ("Ініцыятарамі праекту таксама з'яўляюцца арганізацыі A, B, ..., J \u0456 "K"."),
        Latin and Cyrillic names mixed, then a paragraph and four Word bullets of the
        petition's recommendations (not signers).

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
    "hs05_spring96-zvarot-prezident-belarus-petition-inicyyatary": (
        "Еўрапейскія праваабарончыя арганізацыі пачалі збор подпісаў пад зваротам да"
        " дзеючага і будучага прэзідэнта Беларусі"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
