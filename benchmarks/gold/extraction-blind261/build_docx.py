#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the iw blind extraction set (iw01, iw10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

Both texts are the real text of stored web pages (see ``sources.csv``), only split into
lines; no word was added or changed. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

- iw01 (DOCX): Dóchas (the Irish Association of International NGOs), letter to the editor of
  22 May 2020 by 34 leaders of Irish development NGOs, as held by the stored web-page corpus
  (dochas.ie, cut by the corpus inside the fourth signer's surname). The headline became the
  Word heading 1, "Letter to the Editor" a Word heading 2, each stored paragraph (the blank
  line between paragraphs) a Word paragraph. The signers stay as written: one inline
  paragraph "Name, office, Organisation; Name, ...; ..." (cut "Margaret Meag").
- iw10 (PDF): the joint commentary of twelve Indigenous and civil-society organisations on
  the federal government's response to Bill C-641 (Canada, 13 April 2015), as held by the
  stored web-page corpus (abcdocz.com, a text extraction of the original PDF in one run-on
  paragraph, cut inside the word "read"). The title became the PDF heading, the subtitle a
  sub-heading, and the run-on text was split into three paragraphs at the places where the
  original layout breaks: the signers' line (semicolon list, no cue), the date, the body.

Layout:
  iw01  DOCX: heading 1, heading 2, a date paragraph, ten paragraphs, one inline signers'
        paragraph at the end.
  iw10  PDF: one page; heading, sub-heading, the signers' paragraph (no cue), the date, one
        body paragraph.

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
    "iw01_dochas-letter-editor-ireland-aid-commitment": (
        "Maintain Ireland’s continued commitment to helping world's most vulnerable"
    ),
}
PDF: dict[str, str] = {
    "iw10_cfsc-bill-c641-commentary-undrip": (
        "Bill C-641 – United Nations Declaration on the Rights of Indigenous Peoples Act: "
        "A Commentary on the Federal Government’s Response"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
