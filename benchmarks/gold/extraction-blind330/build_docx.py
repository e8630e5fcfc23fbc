#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lu blind extraction set (lu01, lu05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  lu01  the "Special Statement of Georgian Non-Governmental Organizations" as published by
        the Georgian Democracy Initiative (gdi.ge), complete in the stored text. The headline
        became the Word heading 1, each stored paragraph a Word paragraph and each of the ten
        bulleted signatories a paragraph in the Word style "List Bullet" (no cue before the
        list, as in the source).
  lu05  the "Open Appeal to the President of Ukraine Petro Poroshenko from the Human Rights
        Organizations and Organizations Dealing With IDPs" as published by the Ukrainian
        Helsinki Human Rights Union (helsinki.org.ua), cut by the stored web-page corpus inside
        the fifth signer's organisation ("... Advocacy Centre of Uk"). The headline became the
        PDF heading, each stored paragraph a PDF paragraph (blank lines dropped), the signers
        "Name, the Office of Organisation" one paragraph each, with a page break inside the
        list after the second signer.

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
    "lu01_gdi-special-statement-georgian-ngos": (
        "Special Statement of Georgian Non-Governmental Organizations"
    ),
}
PDF: dict[str, str] = {
    "lu05_helsinki-open-appeal-poroshenko-idps": (
        "Open Appeal to the President of Ukraine Petro Poroshenko"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
