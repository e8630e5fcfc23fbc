#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ud blind extraction set (ud01, ud07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ud01  Harian Aceh (harianaceh.co.id), 22 August 2024, second (print) page of the news item
        "Koalisi 9 Organisasi Pers Bikin Seruan Lawan Oligarki, Ajak Media Pertahankan
        Demokrasi": the last points of the press coalition's call, the place and date, the
        heading "KOALISI LINTAS ORGANISASI PERS (sesuai abjad)" and the nine numbered press
        organisations, then the page's pager ("1 2") and its "Reaksi & Komentar" / "Berita
        Lainnya" boxes (Indonesia; Indonesian). The whole stored page (1,257 characters).
  ud07  Democracy for Burma (WordPress) copy of the open letter of 13 December 2012 of SERC,
        TLSC and MWRN to ILO Director General Guy Ryder on the Thai migrant crackdown deadline
        of 14 December 2012 (Thailand / Myanmar migrant workers; English), cut by the corpus
        inside the fourth paragraph of the letter ("did not complete the ex").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout (the only changes to the stored text are the heading markers):
  ud01  DOCX: two paragraphs "NASIONAL", the headline a Word heading 1, four paragraphs, the
        place and date, "KOALISI LINTAS ORGANISASI PERS (sesuai abjad)" a Word heading 2, nine
        paragraphs "N. Name (ACRONYM)" (plain paragraphs, the numbers kept as written), then
        the paragraphs "1 2", "Reaksi & Komentar", "Berita Lainnya".
  ud07  PDF: the post title a heading 1, "Open Letter to ILO Director General Mr. Guy Ryder:"
        a heading 2, the repeated title, the contact cue and four contact lines ("+66 ...
        (language - Name - ORG Office)"), the date, the salutation, then the letter's
        paragraphs (the first naming the three organisations in one sentence), the last cut.

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
    "ud01_harianaceh-koalisi-9-organisasi-pers-seruan-lawan-oligarki": (
        "Koalisi 9 Organisasi Pers Bikin Seruan Lawan Oligarki, Ajak Media Pertahankan Demokrasi"
    ),
}
PDF: dict[str, str] = {
    "ud07_democracyforburma-serc-tlsc-mwrn-open-letter-ilo": (
        "OPEN LETTER : ILO Should Urge Thai Prime Minister to Revoke 14th December Migrant"
        " Crackdown Threats & Address Migration Chaos"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
