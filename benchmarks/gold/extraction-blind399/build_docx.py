#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the op blind extraction set (op01, op03) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` (fpdf2)
and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  op01  PDF: the letter of two parents elected to the school council (C.D.I.) of the Liceo
        Virgilio, Rome, dissociating themselves from the letter of the council's president
        (liceovirgilioroma.eu). Each stored paragraph became a PDF paragraph; the two stored
        lines holding a single space were left out; the signature line "Name, Name" and the
        photo credit stay as the last two paragraphs. No heading (the stored text has none).
  op03  DOCX: a letter of Unicobas Scuola on a joint school section at the 15 February day of
        struggle (unicobas.it). Three body paragraphs, then the closing "Cordiali saluti" and
        the signature block "p. l'Unicobas Scuola" / "Stefano d'Errico" /
        "(Segretario nazionale)" as four Word paragraphs, one a line as stored.

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

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "op03_unicobas-spezzone-unitario-scuola-15-febbraio": (
        "Unicobas Scuola: spezzone unitario della scuola"
    ),
}
PDF: dict[str, str] = {
    "op01_liceovirgilio-genitori-eletti-cdi-si-dissociano-matteucci": (
        "Liceo Virgilio: lettera dei genitori eletti al C.D.I."
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
