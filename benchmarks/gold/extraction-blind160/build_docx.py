#!/usr/bin/env python3
"""Build the DOCX document of the ev blind extraction set (ev02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the AALDEF site (Asian American Legal Defense and
Education Fund) kept as Markdown in the repository ``github:budparr/sanity-sapper-sapper``
(see ``sources.csv``): the body of the post with its front matter, image and link targets
left out, its Markdown emphasis (``_``, ``**``) removed and its two-space line breaks turned
into paragraph ends. The post's title became the Word heading 1, the list's heading
("Co-Signers to the Amicus Brief in Shelby County, Alabama v. Holder") a Word heading 2 and
each co-signer (one a line in the source) a "List Bullet" paragraph. Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Layout:
  ev02  DOCX: the AALDEF press release of 31 January 2013 on the amicus brief filed with
        AAJC in Shelby County, Alabama v. Holder (Voting Rights Act, Section 5): a heading,
        press-release paragraphs with quotes, pro bono counsel and two media-contact
        paragraphs ("Name, ORG, phone, e-mail"), then a heading 2 and 26 Word bullet
        paragraphs "Organisation name (ACRONYM)", then the AALDEF boilerplate paragraph.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ev02_aaldef-shelby-amicus-cosigners": (
        "28 Asian American Groups Urge Supreme Court to Prevent Voter Discrimination"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
