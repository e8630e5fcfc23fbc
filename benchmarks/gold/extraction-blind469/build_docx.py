#!/usr/bin/env python3
"""Build the PDF documents of the rj blind extraction set (rj04, rj09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) through the shared builder ``gold_docs.py`` (fixed creation date: two builds give
identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (both cut by the corpus's window):

  rj04  atd-vierdewereld.be, press release of 18 April 2018: the letter of more than 30
        Belgian organisations to Prime Minister Michel and the minister-presidents on the
        report 'Burgerschap en Armoede'. The headline became a heading, the date line a
        paragraph (its trailing space dropped), the lead '30 organisaties sporen ...' a
        sub-heading and each stored paragraph a paragraph. No signer is named in the text.
  rj09  groningen-jabalya.com, the letter ('noodkreet') of Artsen voor Gaza, on behalf of
        the organisations listed below it, to King Willem-Alexander of 28 February 2024.
        Each stored line became a paragraph (the sender line's trailing space dropped, the
        empty lines left out), the inner title 'Onvoorwaardelijke steun aan Israël en de
        gevolgen' a sub-heading; the text ends inside the letter, before the list of
        organisations, as stored.

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

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "rj04_atd-vierdewereld-brief-burgerschap-en-armoede": (
        "Brief aan de eerste minister over het verslag ‘Burgerschap en Armoede’"
    ),
    "rj09_groningen-jabalya-noodkreet-brief-koning-gaza": (
        "Noodkreet: brief aan de Koning over humanitaire ramp Gaza"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
