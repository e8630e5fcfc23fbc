#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lq blind extraction set (lq01, lq10) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

lq01: the real text of a stored web page of hondurastierralibre.com (September 2017): the
pronouncement of the directors of Honduran human-rights organisations on the police operation
at the UNAH, as held by the stored web-page corpus (cut inside the third point). The page's
hard-wrapped lines (e-mail style) were joined into paragraphs; each paragraph became a Word
paragraph; no heading was added (the stored text has none).

lq10: the real text of a stored Scribd page (21 October 2018): the request of Mexican and
Central American organisations to the IACHR for precautionary measures for the migrant
caravan, as held by the stored web-page corpus (cut after "Los peticionarios solicitamos a").
The Scribd viewer line ("You are on page 1of 19") was left out; the line breaks of the PDF
text extraction were joined into paragraphs (the address lines kept one a paragraph); the
section title "A. SOLICITUD MEDIDAS CAUTELARES" became a PDF sub-heading.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  lq01  DOCX: six Word paragraphs, the signers inline in the second one (20 organisations in
        one sentence, no cue word).
  lq10  PDF: address block, subject, salutation, one long paragraph naming the 14 petitioners
        inline (two with a country in brackets), a sub-heading and a cut last paragraph.

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
    "lq01_hondurastierralibre-pronunciamiento-organizaciones-ddhh-unah": (
        "Pronunciamiento de organizaciones de derechos humanos (Tegucigalpa, 11 de septiembre)"
    ),
}
PDF: dict[str, str] = {
    "lq10_scribd-medidas-cautelares-cidh-caravana-migrante": (
        "Medidas cautelares para caravana migrante proveniente de Centro América"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
