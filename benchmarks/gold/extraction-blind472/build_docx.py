#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rm blind extraction set (rm05, rm06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, each stored line one paragraph:

  rm05  PDF: Europa Press (Bilbao, 14 March 2024), the Bizkaia collectives that call the march
        against racism of 20 March; the dateline, then the paragraph with the inline list of
        the convening organisations ("La convocatoria está impulsada por organizaciones como
        A, B, ... o T."), then the quoted manifesto paragraphs, cut by the corpus inside the
        last word ("concluye el m").
  rm06  DOCX: Estrella Digital (July 2009), the joint communiqué of SOS Racismo, unions and
        associations on the anti-Maghrebi slogans in Errenteria (Gipuzkoa); five Word
        paragraphs, three organisations named in the first, the full list of subscribers
        inline in the last ("concluye este comunicado suscrito por A, B, ... y Cáritas.").

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

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "rm06_estrelladigital-errenteria-comunicado-sos-racismo": (
        "Preocupación entre el colectivo magrebí de Errenteria por el acoso de los ciudadanos"
    ),
}
PDF: dict[str, str] = {
    "rm05_europapress-colectivos-bizkaia-manifestacion-racismo": (
        "Colectivos de Bizkaia llaman a manifestarse el próximo miércoles en Bilbao contra el racismo"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
