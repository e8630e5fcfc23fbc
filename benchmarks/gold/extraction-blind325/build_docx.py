#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lp blind extraction set (lp01, lp03) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

- lp01: bologna2000.com, 16 February 2012, on the last days of the "L'Italia sono anch'io"
  signature campaign in the province of Modena (an event at the Arci Aquaragia club of
  Mirandola), with the campaign's institutional adhesions and the members of the Modena
  committee, as held by the stored web-page corpus (cut inside the last name, "Associazione
  Student"). Each stored paragraph became one PDF paragraph; nothing was added or removed
  (the blank lines between paragraphs are the builder's paragraph breaks).
- lp03: ravennawebtv.it, 2 August 2024, on the signature collection for the referendum
  against the law on differentiated autonomy in the province of Ravenna, with the calendar of
  the stalls and the public figures who joined the referendum committee, as held by the
  stored web-page corpus (cut inside the ninth person's organisation, "Comitato in D"). The
  corpus's leading " date 2024-08" marker was left out; each stored paragraph became a Word
  paragraph (the calendar lines too) and each adherent line ("Name, role, organisation") an
  item of a Word bulleted list ("List Bullet"). Nothing here decides who signed: the labels
  in ``labels/`` were written by reading.

Layout:
  lp01  PDF: three paragraphs, the last two holding the comma-separated lists (one of them
        with "Name \u2013 Modena" items), the last list cut inside a name.
  lp03  DOCX: fifteen paragraphs (text, then twelve calendar lines with places in capitals),
        then a 9-item bulleted list "Name, role, organisation" (the last item cut).

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
    "lp03_ravennawebtv-comitato-referendario-autonomia-adesioni": (
        "Referendum sull'autonomia differenziata: la raccolta firme continua in provincia di Ravenna"
    ),
}
PDF: dict[str, str] = {
    "lp01_bologna2000-italia-sono-anchio-adesioni-modena": (
        "Al circolo Arci Aquaragia di Mirandola un pomeriggio con L'Italia sono anch'io"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
