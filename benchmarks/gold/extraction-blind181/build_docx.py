#!/usr/bin/env python3
"""Build the DOCX document of the fq blind extraction set (fq10) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a statement page of the Finnish UN Association (Suomen
YK-liitto, ykliitto.fi) as held by the stored web-page corpus (see ``sources.csv``): the
page's lines kept in order, blank lines dropped. The page's category label
("Kannanotto/lausunto") stayed a paragraph, the statement's title became the Word heading 1,
its sub-title ("Kirje Ruotsin, Tanskan, Suomen, Norjan ja Islannin hallituksille") a Word
heading 2, and each of the five closing "Name, <Country>n YK-liiton puheenjohtaja" lines
(one a line in the source) a paragraph of its own. Nothing here decides who signed: the
labels in ``labels/`` were written by reading.

Layout:
  fq10  DOCX: the letter of the five Nordic UN Associations to the governments of Sweden,
        Denmark, Finland, Norway and Iceland against cuts to UN-channelled aid during the
        refugee crisis: a category paragraph, a heading, a heading 2, five body
        paragraphs, then five signature paragraphs "Person, <Country>n YK-liiton
        puheenjohtaja" (chair of the <country>'s UN Association), no cue.

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
    "fq10_ykliitto-pohjoismaiset-yk-liitot-kirje-hallituksille": (
        "Pohjoismaiset YK-liitot: YK:ta on tuettava pakolaiskriisin lievittämiseksi"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
