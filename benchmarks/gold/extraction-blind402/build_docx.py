#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the oo blind extraction set (oo02, oo04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  oo02  the Media Reform Coalition's letter to the Guardian of 4 March 2015 calling on the
        parties to put a media plurality law in their 2015 election manifestos
        (mediareform.org.uk): the two-line label "Letter to the / Guardian, 4 March 2015"
        joined into one Word heading 1, the letter paragraph (its line break before the
        petition URL joined by a space), then the 61 signers one Word paragraph each, as in
        the stored text (no cue line; "Name Role, Organisation" with no comma after the
        name). The stored text ends in a cut fragment "Granville" (the next signer's name,
        cut by the corpus window); it is left out here so that the document does not end
        in a half name.
  oo04  the statement of the publishers of The Washington Post, The Wall Street Journal and
        The New York Times to President Biden of 16 August 2021 on the evacuation of their
        journalists from Afghanistan (washingtonpost.com/pr), as held by the stored corpus
        (which begins in the middle of the letter, "As employers, ..."; the corpus's
        " date 2021-08-16 " marker left out): a paragraph, the sub-heading "What We Seek",
        three bullets, "Sincerely," and the three signature lines.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  oo02  DOCX: a heading 1, one paragraph, then 61 one-line paragraphs (the signers).
  oo04  PDF: one paragraph, a sub-heading, three bullets, the closing "Sincerely," and
        three "Name, Title, Organisation" paragraphs.

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
    "oo02_mediareform-media-plurality-law-letter-guardian-2015": (
        "A new media plurality law should be in all parties' 2015 election manifestos"
    ),
}
PDF: dict[str, str] = {
    "oo04_washingtonpost-statement-president-biden-afghanistan-journalists": (
        "Statement to President Biden from The Washington Post, The New York Times and "
        "The Wall Street Journal"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
