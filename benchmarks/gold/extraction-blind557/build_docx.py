#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the va blind extraction set (va04, va05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  va04  Media Rights Agenda (Nigeria, mediarightsagenda.org) news of 2017: the AF* organisations
        (AFRINIC, AFTLD, AFNOG, AFREN, Africa CERT and ISOC Africa) call on African governments
        to renounce internet shutdowns, at the 5th African Internet Summit in Nairobi; cut by the
        corpus inside the fifth paragraph ('in any con'). The page title became the PDF heading 1
        (the only change: '# ' put before it), every stored paragraph a PDF paragraph.
  va05  Journal du Cameroun (fr.journalducameroun.com) report of 2017 on the open letter of a
        collective of NGOs (Access Now, AFEX, Africtivistes, Internet sans frontières, ...) to the
        candidates in the French presidential election about the internet shutdown in
        Cameroon's anglophone regions; French; cut by the corpus inside the last paragraph
        ('les pays africai'). Stored as it is: no heading, one Word paragraph per stored line;
        the signers are one paragraph 'Ce collectif est constitué, entre autres, de : A ; B ; ...'.
        The stored text has no headline: the Word title property is the page's URL slug.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  va04  PDF: a heading 1 (title), five paragraphs (the first two name the AF* organisations in
        one sentence, 'comprising of A (X), B (Y), the C (Z), ...'), the last one cut.
  va05  DOCX: six paragraphs: the lead, three report paragraphs (a quotation of the letter),
        the semicolon list of thirteen organisations, a closing paragraph (cut).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "va05_journalducameroun-collectif-coupure-internet-candidats": (
        "candidats-a-presidentielle-francaise-interpelles-coupure-dinternet-cameroun"
    ),
}
PDF: dict[str, str] = {
    "va04_mediarightsagenda-af-organisations-internet-shutdowns": (
        "AF* Organisations Call on African Governments to Renounce Internet Shutdown"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
