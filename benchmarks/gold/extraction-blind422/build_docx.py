#!/usr/bin/env python3
"""Build the DOCX document of the pl blind extraction set (pl05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of the Nobel Women's Initiative
(nobelwomensinitiative.org, see ``sources.csv``): the call of November 2013 to include
Syrian women in the Geneva II peace talks, with the petition's addressees and the start of
the petition letter, as held by the stored web-page corpus (cut by the corpus inside the
letter's last stored sentence, "the United K"). The page's headline became the Word
heading 1, the petition's title a Word heading 2, each stored paragraph a Word paragraph,
and the six addressees, a name line followed by an office line in the source, one row each
of a two-column Word table (name | office). Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  pl05  DOCX: a heading, two paragraphs (the signer named inline in the first), a heading 2,
        then a 6-row Word table "Name | Office" of ADDRESSEES (not signers; the table's
        first row is set in bold by the shared builder), the date and three letter
        paragraphs, the last cut as stored.

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

DOCX: dict[str, str] = {
    "pl05_nobelwomen-petition-include-women-geneva-ii": (
        "Call for women to be included in Syria peace talks"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
