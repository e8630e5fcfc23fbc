#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wr blind extraction set (wr01, wr05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each the stored text plus one final newline; wr01 also has "# " put
before its title line):

  wr01  Global Forest Coalition press release of 7 April 2017: over 70 NGOs' joint letter to
        banks and investors linked to the Rampal coal power plant near the Sundarbans
        (Bangladesh), with a quoted spokesperson of Protect the Forest and the start of the list
        "The letter to the investors is supported by the following NGOs:", one "Name, Country"
        line a supporter, cut by the corpus inside the fourth ("BankTrack, Inter").
  wr05  350.org Philippines post "By Lidy Nacpil": the Asia Peoples Movement on Debt and
        Development (APMDD), joined by the Philippine Movement for Climate Justice (PMCJ), Oriang,
        Sanlakas and the Bukluran ng Manggawang Pilipino (BMP), denounces coal financing by Kepco
        and four Japanese corporations ahead of their June shareholders' meetings (2018; cut by
        the corpus inside the sixth paragraph).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wr01  PDF: the site's skip-link lines ("Skip to content", "or", "banner image") as paragraphs,
        the title a heading 1, the image caption, date line and five body paragraphs, "Read the
        letter here.", the cue paragraph and the four list lines, each a paragraph of its own.
  wr05  DOCX: the by-line paragraph "By Lidy Nacpil" and six body paragraphs (the first two
        sentences name the five groups), no heading (the stored text has none); the document
        title (metadata only) is taken from the page's address.

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
    "wr05_350-apmdd-pmcj-groups-denounce-coal-financing": (
        "Stop financing new coal projects, phase out of coal investments"
    ),
}
PDF: dict[str, str] = {
    "wr01_globalforestcoalition-ngos-divest-rampal-coal-bangladesh": (
        "Divest from destructive Rampal coal businesses, groups urge global investors"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
