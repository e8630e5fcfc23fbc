#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sz blind extraction set (sz09, sz10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each about its first 2,000 bytes):

  sz09  regionalupdate.de news (DGB category) on the joint appeal of a broad alliance of trade
        unions, social and welfare associations, the Mieterbund, Pro Asyl and unemployed
        people's initiatives against cuts to the welfare state and against agitation towards
        benefit recipients (Germany, January 2025); the signers are named in one sentence under
        the last sub-heading ("Zu den Unterzeichnern gehören A (X), B, C, der D, ... und H."),
        and the corpus cuts the text right after it ("und fo"). The two page lines "Werbung" and
        "DGB" stay paragraphs, the headline became the heading 1, the four stored sub-headings
        ("Sozialstaat als zentrales Fundament", ...) headings 2, every other stored paragraph a
        PDF paragraph.
  sz10  PresseClub München announcement of the press conference of 16 October 2023 at which
        the Soziales Netz Bayern (an alliance of 17 associations, among them trade unions and
        welfare associations) presents its joint demands to the next Bavarian state government;
        the three speakers for the alliance follow the cue "Für das Soziale Netz Bayern
        sprechen:" as "- Name, Funktion Organisation" lines. The stored date line
        ("Pressekonferenz16.10.2023 10:30", run together as stored) stays a paragraph, the
        headline became the Word heading 1, the stored "- " lines Word bullets, every other
        stored line a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sz09  PDF: two short paragraphs ("Werbung", "DGB"), a heading 1, a lead paragraph, four
        headings 2 each followed by one paragraph (the last one carries the list of signers
        and is cut).
  sz10  DOCX: a date paragraph, a heading 1, two paragraphs, the cue paragraph, three bullets
        ("Bernhard Stiedl, Vorsitzender DGB Bayern", ...), two closing paragraphs (registration
        e-mail, livestream).

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
    "sz10_presseclub-muenchen-soziales-netz-bayern-forderungen": (
        "Bayern kann mehr! Zukunftschancen schaffen \u2013 Zusammenhalt organisieren: Soziales"
        " Netz Bayern stellt gemeinsame Forderungen an die k\u00fcnftige bayerische"
        " Staatsregierung vor"
    ),
}
PDF: dict[str, str] = {
    "sz09_regionalupdate-buendnis-warnt-sozialabbau-aufruf": (
        "Breites B\u00fcndnis warnt vor Sozialabbau und populistischer Stimmungsmache"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
