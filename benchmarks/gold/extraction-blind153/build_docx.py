#!/usr/bin/env python3
"""Build the DOCX document of the eo blind extraction set (eo03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` one folder up (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a stored public web page (``institutions-professionnelles.fr``,
see ``sources.csv``) exactly as the stored web-page corpus returned it (it starts with a
"Collectif (...)" line and ends mid-sentence, cut by the stored window). No heading, bullet
or table marker was added, so every non-empty line becomes a plain Word paragraph. Nothing
here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  eo03  DOCX: a digest of quoted positions before the French legislative elections (June
        2024): a paragraph "Collectif (A; B; ...; M)" naming the 13 members of a collective of
        end-of-life care organisations inside brackets, separated by semicolons, then their
        quoted communiqué and a paragraph "> Communiqué (28 juin)"; three further quoted
        communiqués follow whose authors are named only inside the quotes (or not at all).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (gold_docs.py, copied from benchmarks/gold/)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "eo03_institutions-professionnelles-fin-de-vie-collectif": (
        "Elections et dissolution : les institutions professionnelles se mobilisent"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
