#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tg blind extraction set (tg08, tg09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tg08  votre-actualite.com (France) report, undated in the stored text, of a rally on Thursday
        4 October at the Musée social in Paris, where for the first time in some fifteen years
        an intersyndicale of French journalists' unions (SNJ, SNJ-CGT, USJ-CFDT, SJ-CFTC and
        SJ-FO) called journalists out against a "sick information" and for the legal
        independence of newsrooms; the whole short stored page. The headline is a heading 1,
        the page's two widget captions ('Vous pouvez également aimer', 'Laisser votre
        commentaire') headings 2, every other stored paragraph a PDF paragraph (the
        run-together 'piétinent.Pour' kept as stored, and the trailing menu debris 'Menu
        Title').
  tg09  Caucasian Knot (kavkaz-uzel.eu, English edition) news of 2 November 2017: 60 media and
        organisations sign the Free Press Unlimited statement for the International Day to End
        Impunity for Crimes against Journalists, the Caucasian Knot among them, followed by the
        statement itself ('We speak up to end violence against journalists'); cut by the corpus
        inside the statement ('a pillar of democ'). The photo caption and the date line are
        Word paragraphs, the headline a Word heading 1, the statement's title a Word heading 2,
        each stored paragraph a Word paragraph; the four '•' items are kept as plain
        paragraphs with their bullet character, as stored (no Word list style).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tg08  PDF: a heading 1 (headline), four paragraphs (the second sentence of the first one
        names the five unions), two headings 2 (page widgets), one closing paragraph.
  tg09  DOCX: two paragraphs (photo caption, date), a heading 1, one news paragraph (issuer
        and one signer), a heading 2, two statement paragraphs, four bullet-character
        paragraphs, two closing paragraphs (the last cut).

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
    "tg09_kavkaz-uzel-fpu-statement-end-impunity-caucasian-knot": (
        "60 signatures put in support of journalists"
    ),
}
PDF: dict[str, str] = {
    "tg08_votre-actualite-intersyndicale-journalistes-information-malade": (
        "Les syndicats de journalistes s\u2019unissent"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
