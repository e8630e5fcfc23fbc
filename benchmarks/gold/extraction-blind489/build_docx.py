#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sk blind extraction set (sk04, sk05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  sk04  esdocs.com copy of the "Posicionamiento del GTPM, el Foro Migraciones y el COMPA ante la
        Ley General de los Derechos de Niñas, Niños y Adolescentes" (Mexico, 7 October 2014),
        cut by the corpus inside the text at "de manera democrática un". The page title
        ("LA LEY GENERAL DE LOS DERECHOS DE NIÑAS, NIÑOS - GTPM") became the PDF heading 1; the
        rest of the stored text is one paragraph (the date, the upper-case title of the
        position paper and its body run together as stored, leading space kept).
  sk05  Bicameral (Argentina) news of March 2021: Fundación Cauce and more than twenty
        environmental organisations write to the chair of the Agriculture committee of the
        Chamber of Deputies about the wetlands law, cut by the corpus at "pero su tratami".
        The headline became the Word heading 1, each stored paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sk04  PDF: a heading 1 (the page title), one long paragraph (date, "POSICIONAMIENTO DEL GTPM,
        EL FORO MIGRACIONES Y EL COMPA ANTE ...", then the sentence "Tras realizar un análisis
        de dicha propuesta, el A (X), el B, el C (Y) y otras organizaciones realizamos ...",
        cut).
  sk05  DOCX: a heading 1 (the headline), five paragraphs: the lead sentence naming "La
        Fundación Cauce, Cultura Ambiental, Causa Ecologista junto a más de una veintena de
        organizaciones ambientalistas", two paragraphs on the 2020 committee opinion, the
        quoted request to the committee, and "Las entidades firmantes, señalaron ..." (cut).

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
    "sk05_bicameral-organizaciones-ambientalistas-ley-humedales": (
        "Organizaciones ambientalistas reiteraron la necesidad de \u201cuna Ley de Humedales de y"
        " para la gente\u201d"
    ),
}
PDF: dict[str, str] = {
    "sk04_esdocs-gtpm-posicionamiento-ley-ninas-ninos": (
        "Posicionamiento del GTPM, el Foro Migraciones y el COMPA ante la Ley General de los"
        " Derechos de Niñas, Niños y Adolescentes"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
