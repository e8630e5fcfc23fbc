#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ta blind extraction set (ta09, ta10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ta09  ReggioToday (Reggio Calabria) news of February 2023: an appeal of solidarity with the
        former mayor of Riace, Mimmo Lucano, collects hundreds of signatures, among them
        Luciana Castellina, Fiorella Mannoia, Giovanna Marini and Vauro; cut by the corpus
        inside the first quoted sentence of the appeal ('... sociali e politici che'). The
        page debris 'rotate-mobile' and the section line 'La mobilitazione / Riace' are kept
        as paragraphs, the headline is a heading 1, the stored sub-heading 'Centinaia di firme
        in pochi giorni, tra cui Mannoia, Vauro e Castellina' a heading 2, every other stored
        paragraph a PDF paragraph (the trailing space of one paragraph kept).
  ta10  change.org petition 'LAMPEDUSA #COVID19 #IMMIGRAZIONE' (2020) asking for a hospital
        ship and patrol boats to transfer the migrants arriving on Lampedusa during COVID-19,
        the whole short stored page. The title is a Word heading 1, the counter line '0 hanno
        firmato. Arriviamo a 5.000.' a paragraph, each stored line a Word paragraph, the cue
        'Enti e persone proponenti:' a Word heading 2, then the five proponents one paragraph
        each, with their trailing commas as stored (no bullets).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ta09  PDF: two short paragraphs (page debris, section), a heading 1 (headline naming two
        signers), two paragraphs, a heading 2 (sub-heading naming three signers by surname),
        the paragraph with the signers' sentence, two more paragraphs (the last cut).
  ta10  DOCX: a heading 1, five paragraphs, a heading 2 'Enti e persone proponenti:', five
        one-line paragraphs (one person, four bodies), no closing text.

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
    "ta10_change-lampedusa-covid19-immigrazione-proponenti": "LAMPEDUSA #COVID19 #IMMIGRAZIONE",
}
PDF: dict[str, str] = {
    "ta09_reggiotoday-appello-sostegno-lucano-riace-mannoia-vauro": (
        "Sostegno a Lucano, un raduno e una petizione firmata anche da Fiorella Mannoia e Vauro"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
