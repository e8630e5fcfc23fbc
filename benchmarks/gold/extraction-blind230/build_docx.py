#!/usr/bin/env python3
"""Build the DOCX document of the hn blind extraction set (hn04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a joint statement posted on the Think Left site
(``https://thinkleft.net/2021/02/13/thailand-free-all-political-prisoners-and-abolish-the-draconian-lese-majeste-law``,
see ``sources.csv``), as the stored web-page corpus holds it (its first ~2,000 characters; the
window ends inside the eighth signer's name, "Europe solidaire sans f"). Its kicker "Joint
Statement" stays a paragraph, its title became the Word heading 1, and both its "- " lists,
the five demands after "Hence, we call for:" and the signers after "Signed by,", became
"List Bullet" paragraphs. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  hn04  DOCX: joint statement of 13 February 2021 on the lèse-majesté detentions in Thailand
        (Parit Chiwarak, Anon Nampa, Somyot Pruksakasemsuk, Patiwat Saraiyaem): a kicker
        paragraph, a heading, a date, three paragraphs, five Word bullets of demands, the
        cue paragraph "Signed by," and eight Word bullets "Name (ACRONYM), Country" or
        "Name" (the last cut by the stored window).

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
    "hn04_thinkleft-thailand-free-political-prisoners-lese-majeste": (
        "Thailand: Free all political prisoners and abolish the draconian lèse majesté law"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
