#!/usr/bin/env python3
"""Build the two PDF documents of the ro blind extraction set (ro05, ro07) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) through the shared builder ``gold_docs.py`` (fixed creation date: two builds give
identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  ro05  article19.org (French resources page): the joint statement of LSDH, Amnesty
        International/Sénégal, ARTICLE 19/Afrique de l'Ouest, RADDHO and SIDH/Sénégal on the
        bans of opposition demonstrations in Senegal (after 30 January 2015), as held by the
        stored web-page corpus (the whole stored text, five paragraphs, the cue "Ont signé:"
        and five signature lines); one stored line a PDF paragraph.
  ro07  guineeactu.info (print view): the "Deuxième Déclaration de Genève" of Guinean
        intellectuals and friends of Guinea (14 July 2012), as held by the stored web-page
        corpus (cut by the corpus inside the affiliation of the 13th signer). The page
        headline became the PDF heading, the two signer-list cues sub-headings, each stored
        line a paragraph (the web chrome lines "Imprimer" and "Facebook", the one-space
        paragraph and the indentation of the numbered items left out).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ro05  PDF: five body paragraphs and the cue "Ont signé:" on page 1, a page break, then the
        five signature lines "Civilité Name (ORG)" on page 2 (the cue is separated from its
        list by the page break).
  ro07  PDF: a heading, the date line, the declaration's stubs (its recommendations were
        not in the stored text), the sub-heading "Signataires présents :" and eight numbered
        "Name, affiliation, place" lines on page 1; a page break; the sub-heading "Autres
        signataires :" and five numbered lines on page 2 (the last one cut as stored).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "ro05_article19-senegal-interdiction-manifestations-opposition-ont-signe": (
        "Sénégal : interdictions des manifestations de l’opposition (LSDH, AI Sénégal, "
        "ARTICLE 19, RADDHO, SIDH)"
    ),
    "ro07_guineeactu-deuxieme-declaration-de-geneve-signataires": (
        "Deuxième Déclaration de Genève ‒ Réflexions sur les défis de la construction "
        "d’institutions démocratiques durables en Guinée"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
