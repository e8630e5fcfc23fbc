#!/usr/bin/env python3
"""Build the DOCX document of the nh blind extraction set (nh05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of Tercera Información (tercerainformacion.es,
see ``sources.csv``): the call of 8 November 2024 to a rally at the Puerta del Sol (Madrid) in
solidarity with the people hit by the floods in Valencia, with its "Comunicado" and the list
of supporting organisations and collectives, as held by the stored web-page corpus (cut by
the corpus inside the eleventh name, "Asociación de C"). The page's headline became the Word
heading 1, its one-line lead (a dash item in the source) a Word bullet, "Comunicado" a Word
heading 2, each stored paragraph a Word paragraph and each supporting organisation, one name
a line in the source, a Word "List Bullet" paragraph (the cut fragment kept as the last
bullet). Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  nh05  DOCX: a heading, a bullet, a heading 2, four statement paragraphs (the last one the
        cue "... apoyada por las siguientes organizaciones y colectivos, ...:"), then eleven
        Word list bullets, the last one cut ("Asociación de C").

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
    "nh05_tercerainformacion-concentracion-sol-solidaridad-dana": (
        "Concentración, el domingo 10 de noviembre en la Puerta del Sol, en solidaridad con "
        "los afectados y afectadas por las inundaciones"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
