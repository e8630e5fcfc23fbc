#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tz blind extraction set (tz01, tz04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tz01  Tierheim Hodenhagen (tierheim-hodenhagen.de), page "Infos des Dachverbandes": the
        joint letter ("Bündnisschreiben/offener Brief") of 19 German animal-welfare and
        animal-rights organisations to Federal Minister Julia Klöckner, 24 September 2019,
        with its "Gemeinsame Erklärung von 19 Tierschutzorganisationen" and the signers in one
        paragraph separated by " + " (twenty names for "19"), cut by the corpus inside the
        declaration ("bündeln wir unsere Kräfte un").
  tz04  Humane Society International (hsi.org), author archive page: the press release on the
        statement of 83 animal charities on rabies and the dog and cat meat trade in Asia, with
        the signers named in two "including ..." sentences, cut by the corpus after the fourth
        body paragraph ("throughout Asia of t").

Only change to the stored texts: the "# " / "## " heading markers on the title lines (tz01
lines 1 and "Gemeinsame Erklärung ...", tz04 line 1); the stored one-space lines of tz01 are
kept (they become one-space Word paragraphs), the stored empty lines separate paragraphs.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tz01  DOCX: a heading 1 (the page title), two paragraphs (the publisher line "Deutscher
        Tierschutzbund Landestierschutzverband Niedersachsen e.V." and the date), a one-space
        paragraph, a heading 2 "Gemeinsame Erklärung von 19 Tierschutzorganisationen", one
        paragraph with the twenty names joined by " + ", then five text paragraphs (the last
        cut) separated by one-space paragraphs.
  tz04  PDF: a heading 1 (the press release's sub-title "Statement signed by 80+ charities
        says ..."), the author tag "Humane Society International" and the photo credit
        "  • Michael Bernard/HSI Canada" as paragraphs, then four body paragraphs (the first two
        with the "including ..." lists), "Donate now to help all animals." and the cut sentence.

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
    "tz01_tierheim-hodenhagen-19-tierschutzorganisationen-brief-kloeckner": (
        "B\u00fcndnisschreiben/offener Brief an Bundesministerin Julia Kl\u00f6ckner von 19"
        " Tierschutzorganisationen"
    ),
}
PDF: dict[str, str] = {
    "tz04_hsi-83-animal-charities-rabies-dog-meat-statement": (
        "Statement signed by 80+ charities says Asia\u2019s brutal dog meat trade encourages the"
        " spread of rabies, a disease that kills 70,000 people a year in Asia alone, mostly"
        " children"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
