#!/usr/bin/env python3
"""Build the DOCX document of the ninety-fourth blind extraction set (ch series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set`` (fixed
creation dates and zip timestamps: two builds give identical bytes). The text is real text
from a public GitHub repository (see ``sources.csv``): the static strings of the letter page
of the STEM for Palestine site (``src/routes/letter/+page.svelte``) and the organisation names
of its ``static/org_signatories.json``, in the file's order, put where the page's "Endorsing
Organizations" loop renders them. Nothing here decides who signed: the labels in ``labels/``
were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  ch06  DOCX: an open letter page for the reinstatement of a Berkeley lecturer (Palestine
        activism); the page title is a Heading 1, the summary and the two call-to-action
        labels are plain paragraphs, "Endorsing Organizations" is a Heading 2 followed by
        26 Word "List Bullet" paragraphs, one endorsing organisation each, then the closing
        "Add Your Voice" Heading 2 and its two plain paragraphs. No cue sentence names the
        list; the organisations are the letter's endorsers.

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "ch06_stemforpalestine-peyrin-open-letter": (
        "An Open Letter for Peyrin's Reinstatement | STEM for Palestine"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
