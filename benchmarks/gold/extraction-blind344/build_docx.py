#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the mg blind extraction set (mg02, mg04) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; nothing was added but the layout marks of the shared builder:

  mg02  PDF from the docslib.org transcription of the joint NGO submission on Malaysia to the
        69th CEDAW pre-sessional working group (July 2017), coordinated by WAO and JAG. The
        leading ``<<`` of the transcription dropped; the title became a heading, "Introduction"
        a sub-heading, each stored paragraph a paragraph (blank lines dropped). The footnote
        with the 37 contributing NGOs is the last paragraph, cut as stored ("... Positiv").
  mg04  DOCX from the Centre for Independent Journalism (CIJ, Malaysia) page with the joint
        statement of 12 October 2019 condemning the police report against SUARAM's director.
        The sidebar heading "About CIJ" became a Word heading 2, every stored line a Word
        paragraph, including the numbered signer lines "1) ..." (number 12 missing in the
        source) and the cut footer line "The Centre for Independent" (trailing space dropped).
        The document title (metadata only) is taken from the page's address.

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
    "mg04_cij-csos-condemn-defamation-report-sevan-doraisamy": (
        "CSOs condemn the use of repressive defamation laws to silence human rights defender"
    ),
}
PDF: dict[str, str] = {
    "mg02_docslib-malaysia-cedaw-joint-ngo-submission-wao-jag": (
        "Critical issues and questions to be raised with the Malaysian government at the 69th"
        " CEDAW Pre-Sessional Working Group July 2017"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
