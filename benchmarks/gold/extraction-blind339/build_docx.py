#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the me blind extraction set (me05, me09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  me05  PDF (en): EIN Presswire release of the Royal College of Physicians (June 2025): the
        headline a heading 1, two paragraphs (the second names the RCP's president and, inline,
        the four co-signing bodies after "alongside"), the cue-like "It calls on the UK
        Government to act by pressing for:" followed by five bullets (demands, not signers),
        "Download the letter below." and the wire's legal disclaimer.
  me09  DOCX (en): Derry Journal news of 27 November 2023 on the Irish Church Leaders' Group:
        the corpus's " date 2023-11-27" prefix as its own paragraph, the headline (naming
        "Archbishop Martin") a heading 1, five paragraphs, then one paragraph "Also present were
        Name, role of Church; Name, role ...; and, Name, role." (seven church leaders inline,
        separated by semicolons), and two closing paragraphs.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "me09_derryjournal-irish-church-leaders-gaza-cessation": (
        "Archbishop Martin welcomes cessation of violence in Gaza and calls for lasting peace"
    ),
}
PDF: dict[str, str] = {
    "me05_einpresswire-rcp-royal-colleges-letter-lammy-gaza": (
        "Royal College of Physicians and health organisations write to the UK Foreign Secretary"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
