#!/usr/bin/env python3
"""Build the DOCX document of the jb blind extraction set (jb06) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is real public text of the Berlin referendum campaign "Volksentscheid Transparenz"
(GitHub repository okfde/volksentscheid-transparenz.de, see ``sources.csv``): the site's
title and the two front-matter lines of ``content/_index.md`` ("blurb" and "work"), then the
39 supporting organisations of ``data/supporters.yml`` in the file's order, each as one row
"name | website" (the YAML's ``name`` and ``url``; the logo file names left out). No heading
or cue was added before the list: the rendered page's wording around the logos is not in the
stored files. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  jb06  DOCX: a heading 1, two paragraphs, then a 39-row two-column Word table
        "Organisation | URL" with no header row (the shared builder sets the table's first
        row, i.e. the first supporter, in bold).

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
    "jb06_volksentscheid-transparenz-berlin-unterstuetzer": "Volksentscheid Transparenz",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
