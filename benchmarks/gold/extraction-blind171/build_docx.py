#!/usr/bin/env python3
"""Build the DOCX document of the fg blind extraction set (fg08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of an Indymedia Ireland article (October 2010) on the joint
statement of seven Irish migrant- and refugee-rights organisations against summary
deportation in the Immigration, Residence and Protection Bill 2010, as held by the stored
web-page corpus (see ``sources.csv``): its three opening paragraphs as Word paragraphs, the
sentence that introduces the statement ("The following is a Joint Statement from the
Directors/CEOs of each organisation:") as a Word heading 2, the seven "Name, Organisation"
lines (one a line in the source) as "List Bullet" paragraphs, then the two quoted paragraphs
of the statement (the stored window ends inside the second one; its trailing space was
dropped). The stored text has no title, so the document has no heading 1. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fg08  DOCX: three news paragraphs (the coalition, the Bill, the letter to the Minister),
        a heading 2 cue, seven Word bullets "Director/CEO name, Organisation" (one
        organisation with a colon inside its name, "NASC: The Irish Immigrant Support
        Centre"), then two quoted paragraphs of the statement.

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
    "fg08_indymedia-immigration-bill-joint-statement": (
        "Joint Statement from the Directors/CEOs of each organisation"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
