#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xg blind extraction set (xg02, xg07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xg02  Scribd copy of the comment letter of 14 August 2013 to the Louisiana Department of
        Natural Resources, Office of Coastal Management, on RAM Terminals' coastal use permit
        for a coal terminal in Plaquemines Parish, submitted on behalf of five environmental
        groups; cut by the corpus inside the second page ('how reduced wate'). The Scribd page
        title became the PDF heading 1; every other stored line (the Scribd 'You might also
        like' / 'Download as pdf or txt' / 'You are on page 1of 12' lines, the address block
        run together in two lines, the two body paragraphs split at the page number '1') a PDF
        paragraph.
  xg07  Pacific AIDS Network (BC) page 'Government and Stakeholder Communications' with two
        2021 joint letters to the BC provincial government on COVID-19 travel restrictions and
        police enforcement; cut by the corpus inside the second letter's list of organisations
        ('Criminal Def'). The page title became the Word heading 1; the year '2021' and the two
        letter titles Word headings 2; every other stored paragraph a Word paragraph (the
        trailing space of 'Entries are posted by most recent activity. ' kept).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xg02  PDF: a heading 1, four one-line paragraphs (Scribd chrome), two address paragraphs
        (date, addressee, 'RE:' line), a long paragraph with the 'These comments are
        submitted on behalf of A, the B, C, the D, and E.' sentence, and a last paragraph cut
        at the window.
  xg07  DOCX: a heading 1, three paragraphs (the network's own introduction, with its
        executive director as contact), a heading 2 '2021', a heading 2 (first letter title),
        two paragraphs (no signer named: '11 community groups', 'we'), a heading 2 (second
        letter title), one paragraph 'We are writing to you today on behalf of the A, B, C,
        D, E, F, Criminal Def' (cut).

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
    "xg07_pacificaidsnetwork-joint-letters-bc-travel-restrictions-policing": (
        "Government and Stakeholder Communications"
    ),
}
PDF: dict[str, str] = {
    "xg02_scribd-plaquemines-coal-terminal-groups-comments-louisiana-dnr": (
        "Plaquemines Coal Terminal Opposition Letter"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
