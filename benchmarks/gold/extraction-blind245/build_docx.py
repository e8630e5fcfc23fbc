#!/usr/bin/env python3
"""Build the DOCX document of the ic blind extraction set (ic03) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a page of the Slovak NGO portal itretisektor.sk ("Vyhlásenie
Komory MNO pri Rade vlády pre mimovládne neziskové organizácie", 22 September 2020) as held
by the stored web-page corpus (see ``sources.csv``): the stored window, which ends inside
the eleventh signer line ("Marek Machata, Asociácia org"), with its empty and space-only
lines left out. The page's title became the Word heading 1, its four "•" points Word
"List Bullet" paragraphs, the signing line ("Podpísaní členovia KOMORY MNO v Rade Vlády SR
pre MNO") a Word heading 2 and each signer line ("Name, [role,] Platform") a "List Bullet"
paragraph. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  ic03  DOCX: the statement of the Chamber of NGOs at the Slovak Government Council for
        NGOs calling for a dialogue between the state and the NGO sector: a heading, an
        intro paragraph, a date, a sentence opened by four bullets, then a heading 2 and
        eleven Word bullets "Person, Platform" (the first with the chair's office between
        the person and the platform, the last cut by the stored window).

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
    "ic03_itretisektor-vyhlasenie-komory-mno": (
        "Vyhlásenie Komory MNO pri Rade vlády pre mimovládne neziskové organizácie"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
