#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xd blind extraction set (xd05, xd10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page):

  xd05  CLAIM - Allianz gegen Islam- und Muslimfeindlichkeit (claim-allianz.de), news of
        27 March 2025 on the open letter "Wir sind 25 Millionen - regiert endlich MIT uns!" of
        federal umbrella associations of people with a migration history to CDU, SPD and CSU,
        initiated by the Tuerkische Gemeinde in Deutschland (TGD). The first stored line (the
        headline) became the Word heading 1, its stored repetition a paragraph, "4 klare
        Forderungen:" a Word heading 2, the four demands a Word bulleted list, every other
        stored line a Word paragraph: the cue "Den offenen Brief ... haben wir gemeinsam
        gezeichnet mit:" and the four co-signers one a paragraph (no bullets, as stored), then
        the CLAIM paragraph and the cookie banner cut by the corpus ("um das ").
  xd10  Djibouti Today News copy (2 November 2024) of the letter of 30 October 2024 to
        President Joe Biden "From: Mesfin Mekonen and 10 Concerned Ethiopian-American Civic
        Organizations" on the danger of civil war in Ethiopia; the stored text begins at the
        memo header "Via: ..." and is cut by the corpus inside the letter body ("engulf th").
        Every stored line is one PDF paragraph (memo header lines, salutation, five body
        paragraphs); there is no heading in the stored text, so none was added.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xd05  DOCX: a heading 1, a paragraph (headline repeated), a date paragraph, the lead
        paragraph ("Initiiert von der A (TGD) sind wir gemeinsam mit 12 Bundesdachverbaenden
        ... Unterzeichner"), a heading 2, four bullets, the cue paragraph, four one-name
        paragraphs, two closing paragraphs.
  xd10  PDF: four memo-header paragraphs ("Via:", "From: <person> and 10 Concerned ...
        Organizations", "Subject:", "Date:"), "Mr. President," and five body paragraphs (cut).

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
    "xd05_claim-allianz-wir-sind-25-millionen-offener-brief": (
        "\u201eWir sind 25 Millionen \u2013 regiert endlich MIT uns!\u201c- Offener Brief an CDU,"
        " SPD und CSU"
    ),
}
PDF: dict[str, str] = {
    "xd10_djiboutitoday-ethiopian-american-organisations-letter-biden": (
        "Letter to President Joe Biden: Ethiopian-American Civic Organizations"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
