#!/usr/bin/env python3
"""Build the DOCX document of the blind extraction set collected as ``gold-cq`` (cq series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.build_set``
(fixed creation dates and zip timestamps: two builds give identical bytes). The text is the
real text of one stored public web page (see ``sources.csv``); only its line breaks were
turned into document structure (one Word paragraph a non-empty line). Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX)     ``## ...``  Heading 2
  ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  cq07  DOCX: the Dutch Christian organisation Micha Nederland's page (michanederland.nl) with
        the "aanklacht" (indictment) that Micha Nederland and PerspectieF (ChristenUnie-jongeren)
        sent to the cabinet on 15 May 2023 on asylum reception ("Nooit meer buiten slapen");
        the two senders are named in one sentence before the letter, the letter itself has no
        signature block (the stored text stops mid-sentence). All lines are plain Word
        paragraphs (no heading, no bullets added).

    /work/venv/bin/python build_docx.py

``gold_docs`` is imported from the directory above this set (``benchmarks/gold/``); while the
set is collected outside the repository a copy of it lies next to this file.
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.append(str(HERE))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "cq07_michanederland-aanklacht-nooit-meer-buiten-slapen": (
        "Aanklacht kabinet: nooit meer buiten slapen"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
