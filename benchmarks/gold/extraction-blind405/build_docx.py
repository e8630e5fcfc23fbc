#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ou blind extraction set (ou01, ou07) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` through the shared builder ``gold_docs.py`` (python-docx, fpdf2; fixed
creation dates and zip timestamps: two builds give identical bytes).

Both texts are the real text of stored web pages, as held by the stored web-page corpus (see
``sources.csv``):

  ou01  DOCX: statement of Armenian civil-society organisations after the 2018 Velvet
        Revolution (favl.am, May 2018), "We, the below-signed organizations of civil
        society, welcome the victory of the People ..."; each stored paragraph is one Word
        paragraph (the stored empty lines left out): seven statement paragraphs, "The
        Statement is open for others to join.", then the signing organisations one a
        paragraph with no cue, the window cut inside the ninth name ("Inst").
  ou07  PDF: statement of the Helsinki Foundation for Human Rights (Warsaw) on the draft
        amendment of the Broadcasting Act aimed at TVN ("lex TVN"): the title as a PDF
        heading, three paragraphs, then the signature block "On behalf of the Management
        Board of ...", "Maciej Nowicki", "President, Helsinki Foundation for Human Rights"
        (the last line twice, as stored).

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
    "ou01_favl-armenia-csos-welcome-victory-of-the-people": (
        "Statement of civil society organisations"
    ),
}
PDF: dict[str, str] = {
    "ou07_hfhr-statement-broadcasting-act-tvn": (
        "Statement from the Helsinki Foundation for Human Rights"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
