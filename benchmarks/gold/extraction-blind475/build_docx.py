#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the rp blind extraction set (rp03, rp04) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` (fpdf2)
and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  rp03  tg.thaayakam.co.uk (Tamil news site): the news item on the statement of solidarity
        of five Tamil civil-society groups for the families of the disappeared on the
        International Day of the Disappeared (Sri Lanka), as held by the stored web-page corpus
        (cut by the corpus at "Calling on President"). The stored first line (the headline)
        became the PDF heading; each stored paragraph a PDF paragraph.
  rp04  thesundaily.my (Malaysia, opinion/letters page): the Joint-Action Group for Gender
        Equality (JAG) letter on the police investigation of the activist Fadiah Nadwa Fikri,
        as held by the stored web-page corpus. The stored text has no headline (the page's
        title, from its address, is only the document's title property); each stored paragraph
        became a Word paragraph, the JAG line and "Endorsed by" Word paragraphs, and the eleven
        endorsing organisations, one a stored line in the source, a Word bulleted list
        ("List Bullet"), in the stored order.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rp03  PDF: a heading, six paragraphs; the five signatory groups inline in the third paragraph
        ("the signatory groups, A (ACPR), B (CHRD), C (CPPHR), D (TCSF) and E, said.").
  rp04  DOCX: nine letter paragraphs, the issuing coalition's name as a paragraph, the cue
        "Endorsed by", then an 11-item Word bulleted list of organisations (no places, no
        persons).

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
    "rp04_thesundaily-jag-respect-fadiah-malaysia": "Respect Fadiah’s right to express her views",
}
PDF: dict[str, str] = {
    "rp03_thaayakam-tamil-civil-society-groups-disappeared": (
        "No further delay: Tamil civil society groups call for solution for families of disappeared"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
