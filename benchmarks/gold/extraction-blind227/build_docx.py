#!/usr/bin/env python3
"""Build the DOCX document of the hk blind extraction set (hk03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the site of Dr. Robert G. Gish (hepatology, USA) kept
as Jekyll Markdown in the repository ``github:chalatz/gish`` (see ``sources.csv``): the body
of the post with its front matter and image left out and its Markdown escapes (``\\|``,
``\\###``) undone. The post's first line (its title) became the Word heading 1; every other
non-empty source line is a Word paragraph, as the source breaks them (the signers are one a
line with no bullets or numbers, and the three physicians' affiliations run over the next one
or two lines). Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  hk03  DOCX: the press release of 10 September 2014 of a coalition of hepatitis C advocacy
        organisations (National Viral Hepatitis Roundtable, Project Inform) on its letter to
        HHS Secretary Sylvia Mathews Burwell: a heading, release line, two contact paragraphs
        ("Name, Organisation, e-mail, phone"), press-release paragraphs with quotes, the cue
        "The letter to Secretary Burwell was signed by the following organizations and medical
        providers:", nine organisations one a paragraph, then three physicians whose name
        paragraph is followed by one or two affiliation paragraphs, and the end mark "###".

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
    "hk03_gish-hcv-community-leaders-letter-burwell": (
        "Community Leaders Call For End To Hepatitis C Treatment Access Crisis"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
