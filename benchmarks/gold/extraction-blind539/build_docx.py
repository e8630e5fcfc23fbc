#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ui blind extraction set (ui05, ui10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ui05  money.bg (Bulgaria) news item on the open letter of the eco-organisation "Зелен алианс"
        to the Minister of Environment and Waters Dzhevdet Chakarov about the Natura 2000
        network, quoting the letter ("ние еколозите от "Зелени патрули" и Алианса на
        обединените НПО "Витоша-2002" ..."); cut by the corpus inside the fourth paragraph.
        Text unchanged: every stored paragraph became a Word paragraph (the stored text has
        no headline; the empty lines between paragraphs are not paragraphs).
  ui10  Yerevan Press Club (ypc.am) statement of 10 November 2020 of ten Armenian media
        organisations on the attack on the Yerevan bureau of Radio Azatutyun (RFE/RL), with the
        signers one a line in capitals at the end. The only changes: a "# " heading marker on
        the line "STATEMENT" and a "## " marker on the sub-title line "Regarding ...".

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ui05  DOCX: four paragraphs (lead with the sender and the addressee; the quoted letter
        naming its two co-authors; the sender's words; a cut paragraph).
  ui10  PDF: a date paragraph, a heading 1 "STATEMENT", a heading 2 (the sub-title), four
        paragraphs of the statement ("We, the undersigned media organizations, ..."), then
        ten one-line paragraphs with the signing organisations in capitals.

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
    "ui05_money-bg-zelen-alians-otvoreno-pismo-natura-2000": (
        'Екоорганизацията "Зелен алианс" изпрати отворено писмо до министъра на околната'
        " среда и водите Джевдет Чакъров"
    ),
}
PDF: dict[str, str] = {
    "ui10_ypc-media-organizations-statement-azatutyun-attack": (
        "STATEMENT Regarding a group of people breaking into Yerevan Bureau of Radio Azatutyun"
        " and insulting the employees"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
