#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tf blind extraction set (tf09, tf10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tf09  vdocument.in transcript page of 'Disrespect for European Values in Hungary 2010-2014',
        the analysis prepared by four Hungarian NGOs (Eötvös Károly Policy Institute, Hungarian
        Helsinki Committee, Hungarian Civil Liberties Union, Mérték Media Monitor), as the
        transcript site holds it: the page title, the upload / views / category lines, then the
        transcript of the report's first pages with its page markers ('• 8/10/2019 ... 1/13'),
        hard line breaks inside sentences and the accented letters of the Hungarian names lost
        ('Etvs Kroly', 'Mrtk'); cut by the corpus at 'in the very same '. English.
  tf10  roviden.hu news of 2 January 2019 reprinting "without change" the open letter of the
        CÖF-CÖKA (Civil Összefogás Fórum) to Judith Sargentini and the other Members of the
        European Parliament, with its signature block ("CÖF-CÖKA kuratóriuma nevében",
        "Csizmadia László", "elnök"). Hungarian. The whole stored page.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tf09  PDF: the page title a heading 1, every other stored line a PDF paragraph, its leading
        spaces kept (empty lines dropped by the builder), so that the list of the four NGOs
        runs over three paragraphs, cut inside two names ('Hungarian Helsinki' / 'Committee',
        'Mrtk Media' / 'Monitor').
  tf10  DOCX: every stored line a Word paragraph (no heading: the stored text has no title):
        three lead paragraphs of the news site, the salutation, six letter paragraphs, and the
        signature block as three paragraphs.

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
    "tf10_roviden-cof-coka-open-letter-sargentini": ("Erősen indította az esztendőt a CÖF-CÖKA"),
}
PDF: dict[str, str] = {
    "tf09_vdocument-disrespect-european-values-hungary": (
        "Disrespect for European Values in Hungary 2010-2014"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
