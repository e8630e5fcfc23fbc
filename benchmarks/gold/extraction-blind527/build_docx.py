#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tw blind extraction set (tw06, tw10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tw06  L'Informateur de Bourgogne (linformateurdebourgogne.com) of June 2020: the Confédération
        Nationale du Logement's "Nouvel appel du 18 juin" asking the French government to extend
        the winter moratorium on evictions (trêve hivernale) to 31 October 2020, cut by the
        corpus inside the second name of the "Premiers signataires" list ("... ; Véro"). The
        headline became the PDF heading 1, "Premiers signataires :" a heading 2, every other
        stored paragraph a PDF paragraph (the photo caption "Photo illustration." kept).
  tw10  Alianza contra la Pobreza Energética (pobresaenergetica.es) press release of 8 November
        2018 on the "frente común" of Catalan municipalities, public bodies and associations at
        the 2nd Catalan Congress on Energy Poverty, cut inside the second quoted paragraph
        ("... vulnerabilidad energética. Lo"). The three stored summary lines that begin with
        "- " became Word bullets, every other stored line a Word paragraph; no heading (the
        stored text has none).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tw06  PDF: a heading 1 (headline), a paragraph "Photo illustration.", six paragraphs of the
        communiqué (the first and fourth name the CNL "et les signataires de l'appel"), a
        heading 2 "Premiers signataires :", one paragraph of semicolon-separated signers
        "Name, Office de la Organisation ; Véro" (cut).
  tw10  DOCX: three bullets (the first lists the members of the "frente común", with a
        distributive "los ayuntamientos de Barcelona, Badalona y Sabadell"), a dateline
        paragraph, a body paragraph listing the same bodies again (one fewer, names varying) as
        the subject of "han lanzado un mensaje claro y unánime «instamos ...»", and one quoted
        paragraph (cut).

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
    "tw10_pobresaenergetica-frente-comun-derechos-energeticos": (
        "Frente común de las Administraciones, las entidades sociales, ambientales y de la"
        " sociedad civil para garantizar los derechos energéticos en Catalunya"
    ),
}
PDF: dict[str, str] = {
    "tw06_linformateur-cnl-appel-prolongation-treve-hivernale": (
        "CNL \u2013 Nouvel appel du 18 juin, pour une prolongation de la trêve hivernale"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
