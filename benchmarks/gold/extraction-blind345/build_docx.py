#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the mj blind extraction set (mj04, mj08) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  mj04  DOCX: bellona.no, "Felles pressemelding om Miljøvernforbundets aksjon i Oslofjorden"
        (22 June 2006): Natur og Ungdom, Bellona, Norges Naturvernforbund and WWF-Norge
        distance themselves from the Norges Miljøvernforbund action in the Oslofjord. The
        stored text is complete. "Nyheter" a Word paragraph, the headline a Word heading 1,
        the date line and the two statement paragraphs Word paragraphs; the four signature
        blocks, three lines each in the source ("Name" / "Office Organisation" / "Tlf. ..."),
        became the four rows of a three-column Word table (name | office and organisation |
        telephone; the shared builder sets the first row in bold, so the first signer looks
        like a header row).
  mj08  PDF: samidoun.net/sweden, "Protestuttalande från Palestinska Samordningsgruppen \u2013
        Göteborg: #StandWithThe6" (Swedish protest statement on Israel's designation of six
        Palestinian NGOs as terrorist organisations, 2021). The headline a heading, "Till
        Sveriges regering \u2013 ..." a sub-heading, each stored paragraph a paragraph (empty lines
        dropped), and a page break put between the cue "Organisationer:" and the one-paragraph
        comma list of signers, which is cut by the corpus window inside the eleventh name
        ("Palestinska Rättvi"), kept as cut.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

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
    "mj04_bellona-felles-pressemelding-miljovernforbundet": (
        "Felles pressemelding om Miljøvernforbundets aksjon i Oslofjorden"
    ),
}
PDF: dict[str, str] = {
    "mj08_samidoun-goteborg-standwiththe6-protestuttalande": (
        "Protestuttalande från Palestinska Samordningsgruppen – Göteborg: #StandWithThe6"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
