#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jq blind extraction set (jq09, jq10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

- jq09: the Daily Telegraph letter "Sanctuary for refugees" (30 July 2021) as reproduced by
  pressreader.com: six refugee-charity heads answer the immigration minister on the 70th
  anniversary of the UN Refugee Convention. The headline became the Word heading 1, the paper's
  name and the letter's paragraphs Word paragraphs (the lone "-" separator paragraph left out),
  and each signer, a name line followed by a "Role, Organisation" line in the source, one row of
  a two-column Word table (name | role, organisation). The pressreader footer lines are kept.
- jq10: the Independent letter of 20 June 2022 "On World Refugee Day, we stand in condemnation
  of the government's disturbing Rwanda scheme": the headline became the PDF heading, every
  stored line a paragraph, one signer a line ("Name, Role of Organisation"), with a page break
  after the fourth signer; the stored text is cut by the corpus after "Sar" (kept as cut).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  jq09  DOCX: heading 1, seven paragraphs, a 6-row Word table "Name | Role, Organisation"
        (the table's first row is set in bold by the shared builder), two footer paragraphs.
  jq10  PDF: a heading, five paragraphs, 14 signer lines and the cut "Sar", a page break
        inside the list (after line 4).

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
    "jq09_telegraph-sanctuary-for-refugees": "Sanctuary for refugees",
}
PDF: dict[str, str] = {
    "jq10_independent-world-refugee-day-rwanda-letter": (
        "On World Refugee Day, we stand in condemnation of the government’s disturbing Rwanda scheme"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
