#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the lv blind extraction set (lv01, lv02) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) or ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

- lv01: the olympus.uniurb.it (Università di Urbino labour-law archive) copy of the
  Lombardy "Protocollo d'intesa per il lavoro, la legalità, la sicurezza, la sostenibilità
  ... Olimpiadi invernali Milano Cortina 2026": the title became the PDF heading, the
  section titles "ENTI PROMOTORI" and "PREMESSE" PDF sub-headings, each numbered promoter
  ("1. Regione Lombardia" ... "38. UPL Lombardia") one PDF line, with a page break after
  promoter 20; the first "- Visto ..." clause of the premesse is a bullet, cut where the
  stored text is cut ("con or"). The stored empty and one-space lines are left out.
- lv02: the FP CGIL page (fpcgil.it) with the unitary communiqué of the national
  secretariats FP CGIL, FP CISL, UIL FPL of 29 January 2008 on the local-authority
  workers' mobilisation: each stored line one Word paragraph, the closing signature line
  "FP CGIL (CRISPI) \u2013 FP CISL (ALIA) \u2013 UIL FPL (FIORDALISO)" kept as one paragraph with
  its dashes, then the dateline.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  lv01  PDF: a bold heading, the sub-heading "ENTI PROMOTORI", 38 numbered lines split by
        a page break after line 20, the sub-heading "PREMESSE" and one bullet (cut).
  lv02  DOCX: nine paragraphs, the eighth the dash-separated signature line (no cue), the
        ninth the dateline.

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
    "lv02_fpcgil-comunicato-segreterie-unitarie-enti-locali": (
        "Comunicato delle segreterie unitarie FP CGIL FP CISL UIL FPL"
    ),
}
PDF: dict[str, str] = {
    "lv01_olympus-protocollo-milano-cortina-enti-promotori": (
        "Protocollo d'intesa - Piano Lombardia, Olimpiadi invernali Milano Cortina 2026"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
