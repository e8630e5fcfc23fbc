#!/usr/bin/env python3
"""Build the DOCX document of the gb blind extraction set (gb06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of an archived White House statement kept as Markdown in the
repository ``github:brian14708/wh-briefings`` (see ``sources.csv``): the body of the statement
with its YAML front matter left out, its hard-wrapped lines joined into paragraphs, its
Markdown emphasis (``**``) removed and its escaped end mark (``\\###``) kept as ``###``. The
statement's title became the Word heading 1 and its four bold section titles ("Resilience",
"Countering Illicit Finance", "Disruption and other Law Enforcement Efforts", "Diplomacy")
Word headings 2. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  gb06  DOCX: the joint statement of 14 October 2021 of the ministers and representatives
        of the 32 participants (31 governments and the European Union) in the Counter
        Ransomware Initiative meeting: a heading, an opening paragraph that names the
        signers inline ("we the Ministers and Representatives of Australia, Brazil, ...,
        the United Kingdom, and the United States recognize that ..."), then body
        paragraphs under four headings 2, then the end mark "###".

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
    "gb06_whbriefings-counter-ransomware-initiative-joint-statement": (
        "Joint Statement of the Ministers and Representatives from the Counter Ransomware"
        " Initiative Meeting October 2021"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
