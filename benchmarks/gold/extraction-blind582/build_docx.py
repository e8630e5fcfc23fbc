#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vz blind extraction set (vz08, vz09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, unchanged (no layout marker was added: neither page has a headline
line in its stored text):

  vz08  bluewin.ch news of 15 December 2025: the petition «Misure di risparmio: è ora
        di cambiare rotta!» launched by the Ticino unions OCST, VPOD and SIT (6,800 signatures)
        is handed in at Bellinzona at the opening of the Gran Consiglio session. The stored text
        begins with the corpus's ' date 2025-12-15 ' stamp run into the photo caption ('Le firme
        depositate a Palazzo delle Orsoline VPOD'); kept. The page is whole (703 bytes).
  vz09  Collettiva (CGIL) archive item: the regional pensioners' unions of CGIL, CISL and UIL of
        Friuli Venezia Giulia (Spi, Fnp, Uilp), in a joint appeal of their regional secretaries,
        ask Region, ANCI and the region's MPs to oppose Poste Italiane's new service cuts. Cut by
        the corpus window (2,000 bytes) inside the last paragraph at 'soprattutt'.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vz08  PDF: four paragraphs (the date stamp and photo caption line, the lead sentence "... la
        petizione «...», lanciata dai Sindacati OCST, VPOD e SIT.", the signatures paragraph,
        the paragraph ending "sottolineano in una nota i tre sindacati.").
  vz09  DOCX: three paragraphs (the first holds the appeal "dei segretari regionali Ezio Medeot
        (Spi), Renato Pizzolitto (Fnp) e Magda Gruarin (Uilp)"; the third is cut).
  The document titles (metadata only, not in the visible text) are the headlines spelled out
  from the pages' addresses.

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
    "vz09_collettiva-pensionati-spi-fnp-uilp-fvg-servizio-postale": (
        "Friuli Venezia Giulia, basta tagli al servizio postale"
    ),
}
PDF: dict[str, str] = {
    "vz08_bluewin-ocst-vpod-sit-petizione-misure-di-risparmio": (
        "Ticino, 6800 firme contro i tagli"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
