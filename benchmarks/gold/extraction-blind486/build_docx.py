#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sa blind extraction set (sa02, sa03) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` through the shared builder ``gold_docs.py`` (python-docx and fpdf2; fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  sa02  the Fondation Lionel-Groulx page "Front uni du Québec pour la langue française"
        (24 November 2020): the title became the Word heading 1, the two statement paragraphs
        Word paragraphs, "Signataires" a Word heading 2 and each signer, a name line followed
        by an office line in the source, one row of a two-column Word table (name | office);
        the last office is cut by the stored window ("Présidente de la Société Saint-Jean").
  sa03  the docslib.org text of Steven Del Duca's letter of 24 August 2021 to Premier Ford:
        each stored paragraph is a PDF paragraph (the blank lines between them left out), with
        a page break before the signature block, so that the signer and the long "CC:" line
        (addressees in copy, written like a "Name, Organisation" list and cut by the stored
        window inside a name) stand on page 2.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sa02  DOCX: heading 1, two paragraphs, heading 2 "Signataires", then a 17-row Word table
        "Name | Office" (the table's first row is set in bold by the shared builder).
  sa03  PDF: date line, address line, salutation, six paragraphs; page 2: "Steven Del Duca
        Leader", "Ontario Liberal Party", the "CC:" paragraph.

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
    "sa02_lionelgroulx-front-uni-langue-francaise-signataires": (
        "Front uni du Québec pour la langue française"
    ),
}
PDF: dict[str, str] = {
    "sa03_docslib-del-duca-letter-premier-ford-vaccine-mandates": (
        "Letter to Premier Ford, 24 August 2021"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
