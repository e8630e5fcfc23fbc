#!/usr/bin/env python3
"""Build the DOCX document of the he blind extraction set (he03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``/work/gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py``: fixed creation dates and zip timestamps, so two builds
give identical bytes).

The text is the real text of a press release of the Berlin "Volksentscheid Transparenz"
alliance (Open Knowledge Foundation Deutschland & Mehr Demokratie e.V.) kept as a Hugo
Markdown post in the repository ``github:okfde/volksentscheid-transparenz.de`` (see
``sources.csv``): the body of the post with its front matter left out, its Markdown
escapes (``\\*``) and ``<br>`` line breaks removed (each contact line became its own
paragraph), trailing spaces dropped, the source's typo ("Das Mit einer ...") and double
spaces kept. The post's title became the Word heading 1, the lines "Hintergrund" and
"Kontakt Sprecher*innen" Word headings 2. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  he03  DOCX: the press release of 2 August 2019 on the launch of the signature collection
        in front of the Rotes Rathaus: a heading, paragraphs with quotes by the alliance's
        spokespersons and by two member organisations ("Name von der Initiative „X”",
        "Name, Pressesprecherin des Vereins „Y”"), a "Hintergrund" section ending with the
        line "Eine Initiative der A & B", then a contact section (names, phone numbers,
        e-mail addresses one a paragraph).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "he03_volksentscheid-transparenz-auftaktaktion-rotes-rathaus": (
        "Auftaktaktion Volksentscheid Transparenz vor dem Roten Rathaus - 40 Organisationen"
        " setzen sich für ein Berliner Transparenzgesetz ein"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
