#!/usr/bin/env python3
"""Build the DOCX document of the hg blind extraction set (hg07) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of the opening of the Jamaican joint civil society report to the
UN Human Rights Committee (October 2016), as held by the stored web-page corpus
(``https://docslib.org/doc/8664819/...``, see ``sources.csv``): the two title lines were
joined into the Word heading 1, the other paragraphs kept as they are, "Contents" made a
Word heading 2 and the run-on table of contents ("Entry ...... page") split into a Word
table of two columns (entry, page; the dot leaders dropped), its last, unfinished entry
("Justice Reform Agenda....") kept as a paragraph. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Layout:
  hg07  DOCX: heading 1 (report title), paragraphs (list of issues, review, the "By:" line
        naming the five joining organisations, the date, "With the support of:" line), a
        heading 2 "Contents" and a 22-row Word table of contents (its first row bold, as the
        shared builder makes it), then one paragraph.

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
    "hg07_jamaica-cso-iccpr-report-joining-organisations": (
        "Civil Society Report on the Implementation of the International Covenant on Civil"
        " and Political Rights (Jamaica, 2016)"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
