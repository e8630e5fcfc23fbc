#!/usr/bin/env python3
"""Build the PDF document of the mc blind extraction set (mc08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) through the shared builder ``gold_docs.py`` (fixed creation date: two builds give
identical bytes).

The text is the real text of a stored web page of the Stanford Mathematics Department
(mathematics.stanford.edu/news/statement-mathematics-department, see ``sources.csv``): the
department's statement of June 2020 for the nationwide pause of STEM activities on June 10
(Black Lives Matter), as held by the stored web-page corpus (1,466 characters, whole). The
page's headline became the PDF heading, each stored paragraph a PDF paragraph (the stored
blank lines are paragraph breaks; trailing spaces and the double space after "Rafe
Mazzeo," kept), and a page break was put before "Respectfully yours," so the closing and
the three "Name, Role" signature lines stand alone on page 2. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  mc08  PDF: a heading, three paragraphs on page 1; page 2: "Respectfully yours," and three
        one-line paragraphs "Name, Role" (Department Chair, Director of Graduate Studies,
        Director of Undergraduate Studies), no organisation named on the lines.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "mc08_stanford-mathematics-department-statement": (
        "A Statement from the Mathematics Department"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
