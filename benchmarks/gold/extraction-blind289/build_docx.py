#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the kb blind extraction set (kb01, kb05) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) or ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by the corpus's window of about 2,000 characters):

- kb01: the statement of Polish civil-society organisations in defence of the Ombudsman
  Adam Bodnar against Mariusz Muszyński's dissenting opinion (K 35/16), published by the
  Stefan Batory Foundation on 2 July 2018; the window ends after the 36th item of the
  numbered "Podpisali:" list. The page title became a heading ("# " added in texts/); every
  other stored line is one PDF paragraph (the builder drops blank lines), the source's hard
  line breaks inside the first paragraph and its double spaces kept, and the numbered items
  "1.Akcja Demokracja," ... kept as written (no space after the number).
- kb05: Bohumil Doležal's page "Dopis ústavním a politickým činitelům" (12 March 2013) on the
  letter of 93 Czech citizens to the constitutional and political leaders after President
  Zeman's inaugural speech; the window ends inside the seventh addressee ("Karolina Peake,
  místopř"). The page title became a Word heading 1 ("# " added in texts/); every other
  stored line is one Word paragraph (the one-space line before the addressee block kept as
  a paragraph; the site's navigation lines kept as stored).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  kb01  PDF: a date line, a heading, "STANOWISKO", the statement (three hard-wrapped lines),
        the cue "Podpisali:" then 36 numbered paragraphs; the natural page break falls inside
        the numbered list.
  kb05  DOCX: two navigation paragraphs, a date-range line, a heading 1, one paragraph with
        the six named signers inline (professions before the names), then seven addressee
        paragraphs "Name, office, Organisation, address" that look like a signature block
        but are the letter's addressees.

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
    "kb05_bohumildolezal-dopis-93-obcanu-ustavnim-cinitelum": (
        "Dopis ústavním a politickým činitelům"
    ),
}
PDF: dict[str, str] = {
    "kb01_batory-organizacje-w-obronie-rpo-muszynski": (
        "Organizacje społeczne w obronie Rzecznika Praw Obywatelskich"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
