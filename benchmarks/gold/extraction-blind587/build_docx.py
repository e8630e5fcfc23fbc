#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the we blind extraction set (we05, we07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  we05  Malay Mail (Bernama) news of 25 May 2019: 45 Penang NGOs are to send a joint memorandum
        to Prime Minister Mahathir to cancel the Penang South Reclamation project; the whole
        short stored page, which starts with the photo caption (and its date marker) and ends
        with "— Bernama". Each stored paragraph a Word paragraph; no heading (the stored text has
        no headline).
  we07  A listing page of the Consumers' Association of Penang (pengguna.org.my, Malay), cut by
        the corpus inside its third teaser: the site name, its tagline and three article
        teasers, the second being the joint statement of CAP and Sahabat Alam Malaysia on the
        Penang South Reclamation. The site name a heading 1, the three article titles headings
        2, every other stored paragraph a PDF paragraph; the stored line holding only a space
        is left out.

Titles (core properties): we05 the headline as written in the page's address (its slug), as the
stored text has none; we07 the site name, the stored text's first line.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  we05  DOCX: eight paragraphs (caption, lead, the Pemenang president's sentence, two quoted
        paragraphs, "Beside Pemenang, among the other NGOs involved are A, B, C and D.", a closing
        paragraph).
  we07  PDF: a heading 1, a tagline paragraph, a heading 2 and two paragraphs, a heading 2 and
        two paragraphs (the first "A (X) dan B (Y) menggesa ..."), a heading 2 and one cut
        paragraph.

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
    "we05_malaymail-45-penang-ngos-memorandum-psr": (
        "45 NGOs to send memorandum to Dr Mahathir to cancel PSR project"
    ),
}
PDF: dict[str, str] = {
    "we07_pengguna-cap-sam-statement-penang-reclamation": ("Persatuan Pengguna Pulau Pinang"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
