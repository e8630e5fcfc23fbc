#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ws blind extraction set (ws04, ws08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (French; any non-breaking spaces of the source may have become plain
spaces when the stored string was copied):

  ws04  Emmaüs Solidarité page of 10 April 2012, "5 associations qui comptent en campagne":
        the CCFD-Terre solidaire, Emmaüs France, ATD Quart-Monde, la Cimade and the Secours
        catholique publish a joint manifesto, "Nous pouvons (vraiment) vivre ensemble", signed
        by their five presidents; cut by the corpus inside a quotation ("pour chercher « un").
        The page title became the Word heading 1, every stored paragraph a Word paragraph (the
        date run into the next sentence, "10.04.2012En cette année électorale", kept as stored).
  ws08  Home page of lecreis.org (CREIS-Terminal) of March 2015: the press conference on the
        Renseignement bill "à l'appel de" Amnesty International France, the Observatoire des
        libertés et du numérique (its six members in brackets) and Reporters Sans Frontières,
        then the OLN communiqué "Loi renseignement : tous surveillés !", cut by the corpus
        ("Et, "). The two post titles became headings 1, the communiqué's repeated title a
        heading 2, every other stored line a PDF paragraph (the blog's date blocks "mar / 28 /
        2015" kept as three one-word paragraphs, the one-space line between the callers and the
        body kept).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ws04  DOCX: a heading 1, then five paragraphs (lead sentence naming the five associations;
        the dated paragraph; the sentence naming the five presidents, each with the
        association in brackets; two paragraphs of quotations, the last one cut).
  ws08  PDF: three date paragraphs, a heading 1, the "à l'appel de :" paragraph, three caller
        paragraphs (one a bracketed list of six members), a blank paragraph, three body
        paragraphs, three date paragraphs, a heading 1, "Communiqué de l'Observatoire ...",
        a place-and-date paragraph, a heading 2 and two body paragraphs (cut).

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
    "ws04_emmaus-solidarite-cinq-associations-manifeste-vivre-ensemble": (
        "5 associations qui comptent en campagne"
    ),
}
PDF: dict[str, str] = {
    "ws08_lecreis-conference-presse-loi-renseignement-oln-amnesty-rsf": (
        "Conférence de presse sur le projet de loi Renseignements"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
