#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wm blind extraction set (wm03, wm08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; only heading markers were added (``# `` / ``## ``), no word changed:

  wm03  brandaktuell.at repost of the APA-OTS release of the Bundesarbeitsgemeinschaft Freie
        Wohlfahrt of 5 December 2022: Caritas, Diakonie, the Austrian Red Cross and Volkshilfe
        invite to a joint press talk on the refugee housing crisis ("Unterbringungskrise"); the
        whole short page (1,211 characters). The headline became the PDF heading 1, the line
        "Pressegespräch zur Unterbringungskrise" a heading 2, every other stored line a PDF
        paragraph: the four speakers one paragraph each ("Name, Funktion (der) Organisation").
  wm08  presseportal.ch (ots) release of Caritas Schweiz / Caritas Suisse in French (2025): open
        letter of Caritas Suisse, Action de Carême, l'EPER, the Église évangélique réformée de
        Suisse and the Conférence des évêques suisses to Federal Councillor Ignazio Cassis after
        the end of USAID, cut by the corpus inside the letter (2,000 bytes, ending "comme le
        VIH, "). The release title became the Word heading 1, the letter's own title ("Lettre
        ouverte au Conseiller fédéral Ignazio Cassis, ...") a Word heading 2, every other stored
        line a Word paragraph (the portal's "Alle Storys / Folgen / ... Bild-Infos / Download"
        lines kept as stored, with their leading spaces and bullet characters).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wm03  PDF: a heading 1, two paragraphs (the second "Die Hilfsorganisationen A, B, C und D
        weisen ... hin."), a heading 2, four speaker paragraphs, date, venue, address, the OTS
        disclaimer and the copyright line naming the sender.
  wm08  DOCX: three portal paragraphs, the newsroom name, a heading 1, a sub-title paragraph,
        "Menace d", two bullet-character paragraphs, "Lucerne (ots)", a heading 2, the paragraph
        "de A, B, l'C, l'D et la E", the letter's title line, salutation and three letter
        paragraphs (the last cut).

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
    "wm08_presseportal-caritas-oeuvres-eglises-lettre-ouverte-cassis-usaid": (
        "Menace d'effondrement avec l'arr\u00eat de l'USAID"
    ),
}
PDF: dict[str, str] = {
    "wm03_brandaktuell-hilfsorganisationen-pressegespraech-unterbringungskrise": (
        "EILT: Morgen Pressegespr\u00e4ch der Hilfsorganisationen zur Unterbringungskrise bei"
        " Fl\u00fcchtlingen"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
