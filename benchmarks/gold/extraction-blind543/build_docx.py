#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the um blind extraction set (um05, um06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page):

  um05  Gambia.com news of 27 May 2022: 16 Gambian and international human rights
        organisations, Amnesty International among them, send a joint letter to the Minister of
        Justice Dawda A. Jallow on the white paper implementing the TRRC recommendations; cut by
        the corpus inside the quoted Amnesty statement ('... in a statement made a'). The post
        title became the Word heading 1 (the only change: its '# ' marker); the date line, the
        share line 'Pinterest LinkedIn Tumblr +' and every other stored paragraph (with their
        runs of several spaces) are Word paragraphs.
  um06  Graphic Online (Ghana) news of the jointly signed statement of the alliance of civil
        society organisations working on extractives governance on Aker Energy and the JOHL
        sale, read by the Coordinator of the Economic Governance Platform; cut by the corpus
        inside the fifth paragraph after 'Concerns' ('... for the transac'). The first stored
        line (the headline) became the PDF heading 1 (the only change: its '# ' marker); the
        photo caption, the headline repeated, 'Advertisement', 'Concerns' and every other
        stored paragraph (trailing spaces kept) are PDF paragraphs.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  um05  DOCX: a date paragraph, a heading 1, a share-line paragraph, two lead paragraphs, the
        paragraph 'The16 national and international human rights organizations, including
        Amnesty International that signed the letter to Minister are namely; A, B, ... and P .'
        (one paragraph, fifteen names after the semicolon), two quoted paragraphs (the second
        cut).
  um06  PDF: a heading 1 (headline), a caption paragraph, the headline again as a paragraph,
        four paragraphs (the lead, 'Advertisement', the statement paragraph naming the reader),
        'The CSOs include A (X), the B (Y), ..., Penplusbyte and Oil Watch Ghana.', 'The rest
        are the C (Z), ..., IMANI Ghana and Women Aspire.', 'Concerns' and three paragraphs (the
        last cut).

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
    "um05_gambiacom-16-organisations-trrc-letter-minister": (
        "Calls for TRRC Recommendations Implementation intensify"
    ),
}
PDF: dict[str, str] = {
    "um06_graphic-15-csos-aker-energy-johl-petroleum": (
        "CSOs demand political intervention in Ghana's petroleum sector - call for transparency"
        " in Aker Energy and JOHL operations"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
