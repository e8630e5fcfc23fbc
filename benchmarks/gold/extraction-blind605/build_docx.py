#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ww blind extraction set (ww01, ww09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), exactly as held by the
stored web-page corpus (each cut by its window of about 2,000 characters), with only ``# `` added
before the page's title line:

  ww01  ACEVO (acevo.org.uk) page of September 2023: the joint letter of ACEVO and NCVO to the
        editor of The Telegraph on the home secretary's attacks on charities campaigning on
        refugees, signed "Jane Ide OBE, CEO Association of ... (ACEVO)" and "Sarah Vibert, CEO The
        National Council of ... (NCVO)", with the site's maintenance banner, "Share this", the
        membership prompt and the cookie notice (cut at 'The cookie set').
  ww09  Gloucestershire VCS Alliance (glosvcsalliance.org.uk) copy of the Small Charities
        Coalition's call of 19 March 2020 to sign its COVID-19 letter to the Prime Minister: the
        coalition's introduction, then "Dear Prime Minister" and the letter, cut inside its third
        paragraph ('We have been collectivel').

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ww01  PDF: three banner paragraphs ('Skip to main content', the maintenance notice, 'For urgent
        requests please email'), the title as a heading 1, then every stored non-empty line a PDF
        paragraph: the date line, 'Dear Sir', three letter paragraphs, 'Yours faithfully', the two
        signature lines 'Name, CEO Organisation (ACRONYM)', and the site's footer lines.
  ww09  DOCX: the title as a Word heading 1, four introduction paragraphs, 'Dear Prime Minister',
        three letter paragraphs (trailing spaces kept as stored; the third cut).

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
    "ww09_glosvcs-small-charities-coalition-letter-pm-covid19": (
        "Small Charities COVID19 Joint Letter to Government"
    ),
}
PDF: dict[str, str] = {
    "ww01_acevo-ncvo-letter-telegraph-charities-right-to-campaign": (
        "Joint ACEVO and NCVO letter to the editor of The Telegraph"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
