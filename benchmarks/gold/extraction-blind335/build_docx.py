#!/usr/bin/env python3
"""Build the two DOCX documents of the lz blind extraction set (lz07, lz10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by the corpus's window, kept as cut). Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Layout:
  lz07  DOCX: Pasquale Orlando's blog post (Naples, September 2015) on the Neapolitan
        adhesions to the appeal "la marcia delle donne e degli uomini scalzi": the stored
        paragraphs and the four numbered points as Word paragraphs, the two-line cue
        "Elenco delle / adesioni napoletane" joined into one Word heading 2, then the inline
        comma list of adhesions "Name (Organisation or role)" split into Word "List Bullet"
        paragraphs, one adhesion each (the separating commas dropped; the last item cut
        after "Domenico Ciruzzi (" as stored).
  lz10  DOCX: the January 2019 archive page of the Italia Nostra Sardegna blog: the date
        lines and "sull'argomento" as paragraphs, the two post titles as Word heading 1,
        the post paragraphs as Word paragraphs (blank lines and trailing spaces dropped;
        the apostrophes missing in the stored text left missing), the signature line
        "WWF,  Italia Nostra Sardegna, ..." as its own paragraph with no cue, and the second
        post cut after "la riconve" as stored.

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
    "lz07_pasqualeorlando-napoli-marcia-scalzi-adesioni": (
        "Anche a Napoli la marcia delle donne e degli uomini scalzi"
    ),
    "lz10_italianostrasardegna-posidonia-alghero-associazioni": (
        'Sottoporre agli esami fisico-chimici i depositi "storici"di posidonia di Alghero'
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
