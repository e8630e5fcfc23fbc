#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uq blind extraction set (uq03, uq04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  uq03  El Día (eldia.es, Spain), 11 December 2018 (EFE): the five national environmental NGOs
        of Spain (Amigos de la Tierra, Ecologistas en Acción, Greenpeace, SEO/BirdLife and WWF)
        and their joint demands in the decisive stretch of the Katowice climate summit (COP24),
        cut by the corpus at 'Javier Andaluz, porta'. The stored text has no headline: every
        stored paragraph is a Word paragraph, nothing else.
  uq04  Germanwatch press release of 21 November 2013 (Warsaw, COP19): Brot für die Welt,
        Germanwatch and Misereor welcome the NGO walk-out, cut by the corpus at 'Die
        Verhandlungen in Warschau s'. The date line is a paragraph, the headline a heading 1,
        the quoted sub-title a heading 2, the logo caption ('Logos von ...') and every stored
        paragraph a PDF paragraph (the trailing space after 'von Germanwatch.' kept).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uq03  DOCX: eight paragraphs (the first names the five NGOs in brackets; the seventh quotes
        Mario Rodríguez of Greenpeace; the eighth is cut).
  uq04  PDF: a date paragraph, a heading 1 (the three issuers), a heading 2 (a quote), a logo
        caption paragraph naming the three again, three body paragraphs (the last cut).

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
    "uq03_eldia-cinco-ong-ecologistas-cumbre-katowice-cop24": (
        "El Día, 11.12.2018: 2-ONG-urgen-escuchar-ciencia-fijar-descarbonizacion-plena"
    ),
}
PDF: dict[str, str] = {
    "uq04_germanwatch-brot-misereor-walk-out-warschau-cop19": (
        'Brot für die Welt, Germanwatch und Misereor begrüßen "Walk out" als klimapolitischen'
        " Warnschuss"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
