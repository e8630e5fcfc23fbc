#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ll blind extraction set (ll01, ll08) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; nothing was added to them but the layout marks of the shared builder.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ll01  DOCX: the joint letter of the national secretariats of FP CGIL, FP CISL and FPL UIL
        (fpcgil.it) to the presidents of Unioncamere, ANCI, UPI and the Conferenza delle
        Regioni: the eight-line address block, the letter one Word paragraph a stored line
        (a numbered list kept as typed, "1." ... "3."), then the closing signature block,
        two stored lines in columns ("FP CGIL FP CISL FPL UIL" over "(PODDA) (TARELLI)
        (FIORDALISO)"), as a 3-column Word table: union names in the (bold) first row,
        the secretaries' surnames in brackets in the second, as a letter typed in Word puts
        its signatures side by side.
  ll08  PDF: the orvietosi.it page on the two letters of 29 mayors of southern Umbria and
        northern Lazio (geothermal permits) to the government, the ministers, the Lazio
        Region and the civil protection: the lead paragraph, the link line, the cue line
        "Gli amministratori che hanno firmato le lettere" and the "- Name, sindaco di Town"
        list as PDF bullets, with a page break after the 14th signer; the list is cut
        inside the 29th item, as stored.

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
    "ll01_fpcgil-richiesta-incontro-unioncamere-anci-upi-regioni": (
        "FP CGIL, FP CISL, FPL UIL: richiesta di incontro ai presidenti di Unioncamere, ANCI, UPI"
        " e Conferenza delle Regioni"
    ),
}
PDF: dict[str, str] = {
    "ll08_orvietosi-29-sindaci-lettere-governo-regione-geotermia": (
        "Scosse sismiche, 29 sindaci si appellano al governo: temiamo un terremoto distruttivo"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
