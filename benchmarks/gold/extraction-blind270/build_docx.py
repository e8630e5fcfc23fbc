#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the je blind extraction set (je01, je03) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  je01  VITA (vita.it), "Le Ong: cari politici, impegnatevi sulla cooperazione
        internazionale": the Italian NGOs' appeal to the candidates of the 2013 general
        election and the list of the NGOs that joined it, cut by the corpus inside the
        eleventh item. The page's headline became the Word heading 1, each stored paragraph
        a Word paragraph and each "•" item of the list a Word "List Bullet" paragraph (the
        bullet character itself is now the list style's); runs of spaces were collapsed.
  je03  Resistenza Internazionale (blogspot), 7 February 2011, "Nasce il Comitato «Vota sì
        per fermare il nucleare»": the founding note of the referendum committee, whose
        signers stand in one inline list inside a paragraph. The post's title became the
        PDF heading, the date line and the paragraphs PDF paragraphs (the inline list wraps
        over several PDF lines); blank lines left out.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "je01_vita-ong-appello-candidati-cooperazione": (
        "Le Ong: cari politici, impegnatevi sulla cooperazione internazionale"
    ),
}
PDF: dict[str, str] = {
    "je03_resistenzainternazionale-comitato-vota-si-fermare-nucleare": (
        "Nasce il Comitato “Vota sì per fermare il nucleare”"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
