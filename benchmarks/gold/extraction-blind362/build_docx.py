#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the nc blind extraction set (nc06, nc09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

nc06 is the real text of the ActionStation petition page "URGENT: We need to talk about child
poverty in Aotearoa" (our.actionstation.org.nz, as held by the stored web-page corpus): the
addressee line, the petition title as Word heading 1, "Why is this important?" as heading 2,
the two statistics as Word "List Bullet" paragraphs, every other stored paragraph a Word
paragraph; the site's "Skip to main content" link and the trailing map widget ("New Zealand",
"Maps © Stamen; Dat", cut by the corpus) were left out.

nc09 is the real text of the Irish Examiner letters page of 8 November 2016 (letter "Bank should
reinstate the IPSC account", as held by the stored web-page corpus, cut inside the tenth
signer's name "Ruair"): the page's "Dear Sir... Readers' Views (08/11/16)" line (printed twice
in the store) once as heading 2, the letter's title as heading 1, each paragraph and each
signer line ("Name, description;") a PDF paragraph, the cut fragment kept as the last line.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  nc06  DOCX: a paragraph, a heading, three paragraphs, a heading 2, three paragraphs, two
        Word bullets, then the paragraph naming the six organisations inline after
        "Speaking on behalf of children in poverty;" and a closing paragraph.
  nc09  PDF: a heading 2, a paragraph, a heading, six letter paragraphs, then nine signer
        paragraphs "Name, description;" and the cut fragment.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "nc06_actionstation-petition-child-poverty-luxon": (
        "URGENT: We need to talk about child poverty in Aotearoa"
    ),
}
PDF: dict[str, str] = {
    "nc09_irishexaminer-ipsc-bank-of-ireland-letter": "Bank should reinstate the IPSC account",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
