#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tq blind extraction set (tq04, tq06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tq04  Human Rights Watch (hrw.org/fr) page of 24 February 2012: the French version of the appeal
        of 144 international and Arab NGOs "dont Human Rights Watch" to the countries meeting in
        Tunis at the "Friends of Syria" conference, cut by the corpus inside the first numbered
        demand. The page title became a heading 1, the sub-title ("Un appel lancé par 144 ONG dont
        Human Rights Watch ...") a heading 2, every stored paragraph a PDF paragraph (the numbered
        demand "1. Réitérer ..." a plain paragraph; trailing spaces kept as stored).
  tq06  Tishreen (tishreen.news.sy) copy of a SANA item: the Egypt branch of the National Union of
        Syrian Students and the council of the Syrian Community Association in Egypt write to the
        European Union against the sanctions on Syria. The headline became the Word heading 1, each
        stored paragraph a Word paragraph ("«سانا»" included), the site's two list titles ("قد
        يعجبك ايضا", "آخر الأخبار") Word headings 2, and the cut headline of the site's news list
        a last paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tq04  PDF: a heading 1, a heading 2 (one signer named), four paragraphs (the first "La
        déclaration suivante a été signée par 144 ONG dont Human Rights Watch, ..."), the last
        one a numbered demand cut by the corpus window.
  tq06  DOCX: a heading 1, three paragraphs (the second names the two writers inside one
        sentence), a paragraph "«سانا»", two headings 2 of the site's side lists, a paragraph
        (cut headline).

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
    "tq06_tishreen-tullab-jaliya-misr-risala-ittihad-urubbi-ar": (
        "\u0637\u0644\u0628\u062a\u0646\u0627 \u0648\u062c\u0627\u0644\u064a\u062a\u0646\u0627"
        " \u0641\u064a \u0645\u0635\u0631 \u064a\u0637\u0627\u0644\u0628\u0648\u0646"
        " \u0627\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u0623\u0648\u0631\u0648\u0628\u064a"
        " \u0628\u0631\u0641\u0639 \u0627\u0644\u0625\u062c\u0631\u0627\u0621\u0627\u062a"
        " \u0627\u0644\u0627\u0642\u062a\u0635\u0627\u062f\u064a\u0629"
        " \u0627\u0644\u0642\u0633\u0631\u064a\u0629 \u0627\u0644\u0645\u0641\u0631\u0648\u0636\u0629"
        " \u0639\u0644\u0649 \u0633\u0648\u0631\u064a\u0629"
    ),
}
PDF: dict[str, str] = {
    "tq04_hrw-fr-appel-144-ong-amis-de-la-syrie": (
        "Syrie : Appel aux pays participant \u00e0 la conf\u00e9rence des \u00ab Amis de la"
        " Syrie \u00bb"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
