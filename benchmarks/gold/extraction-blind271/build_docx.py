#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jg blind extraction set (jg07, jg08) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2, DejaVu fonts) through the shared builder
``gold_docs.py`` (fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, with layout markers added and nothing else changed (blank lines
between paragraphs dropped):

  jg07  humanrights.asia (AHRC-JST-004-2021): the joint statement of nine organisations on
        the 50th anniversary of Bangladesh. DOCX: the kicker "A Joint Statement by A, B, ...,
        and I" (which holds the whole list of signers) as a Word heading 2, the headline
        "International Community Should Stand with Victims of Abuses" as heading 1, then the
        statement's paragraphs, the last one cut by the stored window.
  jg08  sristybarta.com: the report on the Human Rights Day joint statement on Bangladesh
        (10 December 2020). PDF (A4, one page): six paragraphs, no heading in the stored
        text; the cue "Signed by:" inside the second paragraph, followed by seven names with
        acronyms; the last paragraph cut by the stored window.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

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
    "jg07_ahrc-joint-statement-bangladesh-50th-anniversary": (
        "International Community Should Stand with Victims of Abuses"
    ),
}
PDF: dict[str, str] = {
    "jg08_sristybarta-human-rights-day-bangladesh-signed-by": (
        "Eight human rights organizations on Bangladesh"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
