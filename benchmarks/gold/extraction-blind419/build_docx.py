#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the pi blind extraction set (pi06, pi10) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` or
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  pi06  the Comunità di Sant'Egidio page (santegidio.org, 19 September 2025) announcing the
        prayer vigil "PACE PER GAZA" of 22 September 2025 in Rome, promoted by Sant'Egidio with
        eleven Catholic associations and movements, as held by the stored web-page corpus
        (complete within the window). The corpus's " date 2025-09-19 " prefix was left out;
        each stored line became a PDF paragraph, "VEGLIA DI PREGHIERA" a heading and
        "PACE PER GAZA" a sub-heading.
  pi10  the ravennawebtv.it report (June 2025) of the appeal of the Emilia-Romagna regional
        leaders of AVS (Sinistra Italiana, Europa Verde), PD and M5S to join the national
        demonstration of 7 June 2025 for the Palestinian people, as held by the stored web-page
        corpus (complete within the window). Each stored line became a Word paragraph; the six
        signature lines "Name, Office Party region" are six paragraphs with no cue.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  pi06  PDF: two opening paragraphs (the promoters inline in the second, one comma-separated
        run over several lines), "promuovono una", a heading, a sub-heading, six lines of
        event details.
  pi10  DOCX: two appeal paragraphs, then six signature paragraphs (no cue).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "pi10_ravennawebtv-avs-pd-m5s-emilia-romagna-roma-7-giugno-palestina": (
        "AVS, PD, M5S dall'Emilia-Romagna: tutte e tutti a Roma sabato 7 giugno per il popolo palestinese"
    ),
}
PDF: dict[str, str] = {
    "pi06_santegidio-veglia-pace-per-gaza-associazioni-cattoliche": (
        "PACE PER GAZA - Veglia di preghiera in piazza Santa Maria in Trastevere"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
