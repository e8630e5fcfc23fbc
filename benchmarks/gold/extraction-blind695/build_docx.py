#!/usr/bin/env python3
"""Build the two office documents of the blind set nr from texts/ (DOCX and PDF).

Layout:
- nr07_actucameroun-ong-liberation-manifestants-22-septembre.pdf: the stored
  page text of actucameroun.com (28 September 2020: three human rights NGOs,
  the REDHAC, the Centre for Human Rights Democracy in Africa and Un Monde
  Avenir, demand in a joint declaration the release of the people arrested
  at the marches of 22 September 2020 in Cameroon). Plain paragraphs in
  DejaVu Sans on A4, one per stored paragraph: the standfirst, the paragraph
  naming the three NGOs, the paragraph on the people arrested, the two lines
  of the "A lire aussi" related-article teaser (kept as two plain
  paragraphs), and the paragraph on the joint declaration, cut mid-word
  ("societe civ") where the stored window ends. No heading: the stored text
  has no title line.
- nr08_eldia-ong-firmas-repsol-prospecciones-canarias.docx: the stored page
  text of eldia.es (18 June 2014: Amigos de la Tierra, Ecologistas en Accion,
  Greenpeace, SEO/BirdLife and WWF hand over more than 200,000 signatures
  and a letter to the chairman of Repsol against oil prospecting off the
  Canary Islands). Six plain Word paragraphs, one per stored paragraph, no
  heading, no list; the last paragraph is cut mid-word ("18 kilometro")
  where the stored window ends.
The document titles are metadata only (not in the body): the PDF's is the
headline as spelled by the page address, the DOCX's a plain description.
Both are built by the shared builder with a fixed date, so two builds give
identical bytes.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "nr08_eldia-ong-firmas-repsol-prospecciones-canarias": (
        "eldia.es: ONG entregan firmas a Repsol contra las prospecciones en Canarias"
    ),
}
PDF: dict[str, str] = {
    "nr07_actucameroun-ong-liberation-manifestants-22-septembre": (
        "Marches du 22 septembre 2020 : des ONG exigent la libération immédiate et sans condition des leaders du MRC"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
