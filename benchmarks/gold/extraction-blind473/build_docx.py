#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rn blind extraction set (rn03, rn09) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  rn03  adass.org.uk: "Letter to the Prime Minister, Chancellor and Secretary of State on
        Urgent Social Care Reform" (leaders of national adult social care organisations), as
        held by the stored web-page corpus (2,000 bytes, cut inside the related-link line
        "Letter to the Prime Minister, " after the signatures). The page title became the
        Word heading 1, each stored paragraph a Word paragraph (blank lines left out, the
        trailing space of the cut last line dropped), and the eight signatures, each a name
        paragraph followed by an organisation / office paragraph on the page, one row of a
        two-column Word table (name | office and organisation).
  rn09  The Guardian (19 May 2007), letter "Disabled people want ordinary jobs" by the heads
        of six disability charities, as held by the stored web-page corpus (2,000 bytes,
        with the page's "Today's best video" block, cut inside its last caption). The
        headline became the PDF heading, each stored paragraph and each signature line a
        PDF paragraph, "Today's best video" a sub-heading and its three items bullets
        (the indentation of the stored block dropped); a page break was put after the
        third signature, so the list runs over two pages.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rn03  DOCX: a heading, "Last updated" and "On this page" paragraphs, four statement
        paragraphs, the cue paragraph "Signed by", then an 8-row Word table
        "Name | Office, organisation" (the builder sets the first row in bold), then the
        cut related-link paragraph.
  rn09  PDF: a heading, four letter paragraphs, six "Name, Organisation" lines with a page
        break after the third, then the site's video block (sub-heading and bullets).

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
    "rn03_adass-leaders-letter-urgent-social-care-reform": (
        "Letter to the Prime Minister, Chancellor and Secretary of State on Urgent Social Care Reform"
    ),
}
PDF: dict[str, str] = {
    "rn09_guardian-letter-disabled-people-ordinary-jobs": "Disabled people want ordinary jobs",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
