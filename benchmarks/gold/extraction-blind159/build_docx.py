#!/usr/bin/env python3
"""Build the DOCX document of the eu blind extraction set (eu05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` in the parent directory (fixed
creation dates and zip timestamps: two builds give identical bytes).

The text is the real text of Amnesty International France's press page of 22 March 2023
(https://www.amnesty.fr/presse/les-organisations-signataires-prennent-acte-de-la-decision),
as held by the stored web-page corpus: the page's repeated press-contact block ("Espace
journalistes", "Contact presse", phone numbers) left out, the headline made a heading 1,
every other paragraph kept as one Word paragraph, word for word (the opening "Paris, 22 mars
2023)" with its unbalanced bracket kept). The stored copy ends inside the list of signers;
the text stops where the stored copy stops. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  eu05  DOCX: a heading 1 (the headline), six body paragraphs, then one paragraph
        "Liste des organisations signataires : A, B, C, ..." with the nine signers inline,
        separated by commas, the last one cut by the stored copy.

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
    "eu05_amnesty-fr-report-loi-asile-immigration-signataires": (
        "Report de l'examen du projet de loi Asile Immigration"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
