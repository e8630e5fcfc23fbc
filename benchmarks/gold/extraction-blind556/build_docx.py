#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uz blind extraction set (uz02, uz07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  uz02  Amos Trust (UK) blog copy of the B'Tselem press release of August 2022 in which 53
        Israeli civil society organisations stand with the Palestinian organisations raided and
        closed by the Israeli army (Addameer, al-Haq, DCIP, UAWC, Bisan, UPWC), cut by the corpus
        at the separator line after the introduction. Every stored line a PDF paragraph; the
        press release's title ("53 civil society organisations in solidarity ...") became the
        heading 1 (the one marker added to the stored text); the introduction sentence stands
        twice, as stored (before the title and again at the end).
  uz07  Al Mezan Center for Human Rights (mezan.org, Arabic) page with the statement of the
        Palestinian Human Rights Organisations Council (PHROC) of 12 April 2016 in solidarity
        with Egyptian civil society organisations and human rights defenders (travel bans,
        asset freezes, the closure of the El Nadeem Center), cut by the corpus inside the
        first headline of the site's list of further news. The section label "بيانات صحفية"
        ('press releases') became a Word heading 2 (the one marker added to the stored
        text); every other stored line a Word paragraph (dates, four statement paragraphs,
        the cut headline of another PHROC statement).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uz02  PDF: a paragraph (the introduction), a heading 1 (the press release's title), five
        paragraphs (the raid, the closures, the condemnations, the UK official's visit, his
        quoted tweet), the introduction again, a separator line of em dashes.
  uz07  DOCX: a heading 2 "بيانات صحفية", two date paragraphs, four paragraphs of the
        statement (PHROC named in the first and the last), one paragraph with the cut
        headline of another news item of the site.

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
    "uz07_mezan-phroc-solidarity-egyptian-civil-society-ar": (
        "\u0645\u062c\u0644\u0633 \u0645\u0646\u0638\u0645\u0627\u062a \u062d\u0642\u0648\u0642"
        " \u0627\u0644\u0625\u0646\u0633\u0627\u0646 \u0627\u0644\u0641\u0644\u0633\u0637\u064a"
        "\u0646\u064a\u0629 \u064a\u0639\u0631\u0628 \u0639\u0646 \u062a\u0636\u0627\u0645\u0646"
        "\u0647 \u0645\u0639 \u0645\u062f\u0627\u0641\u0639\u064a \u062d\u0642\u0648\u0642"
        " \u0627\u0644\u0625\u0646\u0633\u0627\u0646 \u0641\u064a \u0645\u0635\u0631"
    ),
}
PDF: dict[str, str] = {
    "uz02_amostrust-btselem-53-organisations-solidarity-raided-ngos": (
        "53 civil society organisations in solidarity with the Palestinian organisations"
        " designated by Israel as \u201cterrorist groups.\u201d"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
