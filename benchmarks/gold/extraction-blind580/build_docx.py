#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the vx blind extraction set (vx05, vx07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page), written out by
``work/write_docs.py``:

  vx05  NETWORK Lobby for Catholic Social Justice press release of 27 September 2023: 53 faith
        organisations deliver a letter to the U.S. Congress urging a continuing resolution to
        keep the government funded; the lead names three of the signatories, then two quoted
        faith leaders; cut by the corpus inside the second quote ('that Congress protect ').
  vx07  Innovation Law Lab press release of March 2023: four New Mexico / El Paso immigrant
        legal-services groups deliver a second demand letter to DHS, ICE and USCIS offices on
        the Torrance County Detention Facility; the media-contact block, a content note, the
        lead sentence naming the four groups, the addressees written as lines with a literal
        bullet character; cut by the corpus inside the demands ('detained at TCDF have com').

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vx05  PDF: the headline a heading 1, the dek ('Faith organizations urge bipartisan agreement
        to avoid government shutdown') a heading 2, then one paragraph per stored line: the
        release date, the lead, the 'The signatories, which include A, the B, and the C, ...'
        paragraph, two quote paragraphs (the second cut). Double spaces kept as stored.
  vx07  DOCX: 'Media Contact Information' a Word heading 2, then one Word paragraph per stored
        line: the contact's name, e-mail and telephone, the content note, the lead sentence
        ('On March 20, 2023, A, B, C, and D delivered a second letter ...'), five addressee
        lines and one demand line that keep their literal '  • ' (gold_docs does not read it as
        a bullet marker, so they stay plain paragraphs), two further paragraphs.

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
    "vx07_innovationlawlab-new-mexico-groups-second-letter-dhs-torrance": (
        "New Mexico Groups Send 2nd Demand Letter After DHS Fails to Provide Asylum Seekers"
        " Relief, Investigate Retaliation and Abuse at Torrance"
    ),
}
PDF: dict[str, str] = {
    "vx05_networklobby-interfaith-letter-keep-government-funded": (
        "Interfaith Coalition Urges Unity To Keep Government Funded"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
