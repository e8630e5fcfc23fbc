#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ti blind extraction set (ti09, ti10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ti09  Det Økologiske Råd (ecocouncil.dk) page "Fremtiden er grøn" with the press release of
        five Danish green organisations (Danmarks Naturfredningsforening, Dansk Ornitologisk
        Forening, Verdensnaturfonden WWF, Danmarks Sportsfiskerforbund, Det Økologiske Råd)
        calling on the Folketing's parties to reject the government's growth package ("sorte
        julepakke", Denmark, 2015). The page's widget words ("Arrow", "Arrow", "Slider") and its
        breadcrumb are kept as paragraphs; the same lead sentence naming the five organisations
        stands twice (teaser and press release); the corpus window ends inside a quote
        ("i den danske ").
  ti10  Cision (news.cision.com, Finnish) press release of October 2008 of Suomen Punainen Risti,
        in which the Finnish Red Cross, Suomen Unicef and Kirkon Ulkomaanapu announce their joint
        position to the ministerial committee on foreign and security policy, asking Finland to
        sign and ratify the Oslo convention on cluster munitions; with contact lines and the
        company boilerplate. The stored page is whole (1,788 characters).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ti09  PDF: four paragraphs ("Arrow", "Arrow", the breadcrumb "Vores arbejde: Landbrug og vand",
        "Slider"), a heading 1 "Fremtiden er grøn", the teaser paragraph, a heading 2
        "Pressemeddelelse", three paragraphs, then the two quoted statements (stored as lines
        beginning "- ") rendered by the builder as bullets ("• "), each after its lead-in
        paragraph; the last bullet is cut as stored. The stored empty lines were not kept (the
        builder makes one paragraph a line) and trailing blanks were dropped.
  ti10  DOCX: a Word heading 1 (the headline), three paragraphs (the second and third sentences of
        the joint position are in the first), a Word heading 2 "Lisätietoja", four contact
        paragraphs, a Word heading 2 "Yrityksestä", the boilerplate paragraph, and the two
        paragraphs "Tilaa" and "Liitteet & linkit".

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
    "ti10_cision-spr-unicef-kua-rypaleaseet-kannanotto": (
        "Suomen Punainen Risti, Suomen Unicef ja Kirkon Ulkomaanapu vetoavat Suomen hallitukseen"
        " ryp\u00e4leaseiden kielt\u00e4miseksi"
    ),
}
PDF: dict[str, str] = {
    "ti09_ecocouncil-groenne-organisationer-fremtiden-er-groen": "Fremtiden er gr\u00f8n",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
