#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wu blind extraction set (wu02, wu04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  wu02  Devdiscourse (PTI) news of 7 May 2023: four national women's organisations of India
        (AIDWA, NFIW, the Coordination POW-PMS-IJM with AIMSS, AIAMS) give a joint call for
        nationwide protests in support of the wrestlers protesting at Jantar Mantar, cut by the
        corpus inside the last paragraph. The corpus's leading ' date 2023-05-07' marker and the
        site's 'Left Menu' stay in the first paragraph as stored; the headline became the Word
        heading 1, every other stored line a Word paragraph (the two '  • Country:' / '  • India'
        lines kept as plain paragraphs with their leading spaces).
  wu04  Jan Swasthya Abhiyan (phmindia.org) category page 5: the JSA and Medico Friend Circle
        statement on access to health care during the Delhi violence of February 2020, then two
        JSA-only posts (the Delhi 2020 People's Health Manifesto, the JSA press release on the
        Union Budget 2020-21), cut by the corpus inside the last post. The three post titles
        became PDF headings 2, every other stored line a PDF paragraph (the double space after
        'Delhi.' kept).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wu02  DOCX: a paragraph (' date 2023-05-07 Left Menu'), a heading 1 (the headline), the
        summary paragraph (names without brackets), the PTI by-line paragraph, two country
        paragraphs, then five body paragraphs (the second 'In a statement, the A (X), B (Y),
        C D (Z) and the E (W), expressed solidarity ...').
  wu04  PDF: a heading 2, the statement paragraph ('We, the A (X) and B (Y) are deeply troubled
        ...'), 'Read complete statement- CLICK HERE', a heading 2 and three manifesto paragraphs,
        a heading 2 and the cut press-release paragraph.

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
    "wu02_devdiscourse-four-womens-organisations-wrestlers-protest-call": (
        "4 national women\u2019s associations give call for nationwide protests in support of"
        " wrestlers"
    ),
}
PDF: dict[str, str] = {
    "wu04_phmindia-jsa-mfc-statement-delhi-violence-health-care": (
        "JSA and MFC Statement demanding safeguards to guarantee access to health care"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
