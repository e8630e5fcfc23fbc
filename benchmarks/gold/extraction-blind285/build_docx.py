#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jv blind extraction set (jv06, jv07) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are real public texts (see ``sources.csv``):

  jv06  PDF: the letter of Washington State elected officials to the members of the WA
        Congressional Delegation on immigration relief in the 117th Congress (2021), as held
        by the stored web-page corpus (docslib.org rendering of the PDF, cut by the corpus
        inside the fourth signer's office "47th L"). The docslib header lines (title,
        "Total Page:16", "File Type:pdf, Size:1020Kb") were left out; the salutation, the
        paragraphs, the four "\u2022" items (as PDF bullets), "Thank you," and one signer a line
        ("Name, Office \u2013 District") were restored from the run-on stored text; the words are
        unchanged.
  jv07  DOCX: the June 2015 press release of The Alliance for Appalachia on the invitations that
        citizen groups sent to U.S. Interior Secretary Sally Jewell to tour communities hit by
        mountaintop removal, as held by the stored web-page corpus (a monthly archive page of
        theallianceforappalachia.org, 2,000 bytes, cut inside "The Alliance for A"): the post
        title became a Word heading 1, its subtitle a heading 2, the dash rule and each stored
        paragraph a Word paragraph (the cut last paragraph kept as cut); the words are unchanged.

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

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "jv07_allianceforappalachia-invite-secretary-jewell-mtr": (
        "Press Release: Appalachian Leaders Invite U.S. Interior Secretary Jewell to Tour Mountaintop Removal Impacted Communities"
    ),
}
PDF: dict[str, str] = {
    "jv06_docslib-wa-congressional-delegation-immigration-relief": (
        "Dear Members of the WA Congressional Delegation"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
