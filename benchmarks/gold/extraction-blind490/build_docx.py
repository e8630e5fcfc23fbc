#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sg blind extraction set (sg03, sg08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  sg03  Presseportal (Switzerland) ots release of 26 October 2015: invitation to the joint media
        conference of Amnesty International, the Schweizerische Flüchtlingshilfe (SFH),
        Solidarité sans frontières (sosf), the Centre Social Protestant (CSP) and the Collectif R,
        who present their demands to the Federal Council on the Dublin procedure (German; the
        whole stored page, 1,958 characters). The site's two header lines ("Logo Presseportal",
        "Vollversion Presseportal") are kept as paragraphs, the headline became the PDF heading 1,
        the organisers' line ("Medienkonferenz von A, B (X), ... und E") a heading 2, every stored
        paragraph or line a PDF paragraph (trailing spaces kept); the five indented "- " items
        under "Wer:" are PDF bullets, each with its wrapped continuation line joined by one space;
        the wrapped contact line "... Amnesty International Schweizer / Sektion" is joined the
        same way; the address lines stay one paragraph each.
  sg08  stopcomplicity.ch (Italian page) news of 27 May 2025: Amnesty International Svizzera and
        three other organisations present ten demands on Gaza to the Federal Council in an open
        letter also signed by two former Federal Councillors (Italian; the whole stored page,
        1,198 characters). The headline became the Word heading 1, the lead paragraph a Word
        paragraph, and the ten demands (one stored line each) Word bullets.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sg03  PDF: two paragraphs (site header), a heading 1, two paragraphs (date line, "Bern (ots) -"),
        a heading 2 (the five organisers), two paragraphs, the "Medienkonferenz am ..." line, the
        "Wo:", "Wann:" and "Wer:" lines, five bullets "Name, Funktion, Organisation", one
        paragraph, the contact block (seven short paragraphs).
  sg08  DOCX: a heading 1, one lead paragraph (the four organisations in its first sentence, the
        two former Federal Councillors in its second), ten bullets.

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
    "sg08_stopcomplicity-amnesty-lettera-aperta-10-richieste-gaza": (
        "Amnesty International e altre organizzazioni presentano 10 richieste al Consiglio federale"
    ),
}
PDF: dict[str, str] = {
    "sg03_presseportal-amnesty-sfh-sosf-csp-dublin-medienkonferenz": (
        "Schweiz muss Dublin-Verfahren \u00fcberdenken - Einladung zur Medienkonferenz"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
