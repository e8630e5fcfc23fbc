#!/usr/bin/env python3
"""Build the DOCX document of the ep blind extraction set (ep02) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes). The builder is looked up in the directory above
this one (``/work/gold_docs.py`` here, ``benchmarks/gold/gold_docs.py`` once the set is moved
under ``benchmarks/gold/``).

The text is the real text of a stored public web page (navedosdias.blogspot.com, August 2014,
see ``sources.csv``) as the stored web-page corpus returned it: one paragraph a line. Markers
added for the Word layout only: the page title as Heading 1 (``# ``), the word
"ABAIXO-ASSINADO" as Heading 2 (``## ``) and the signer lines as Word "List Bullet"
paragraphs (``- ``). The stored window ends inside the list (a fragment "Ce" of the next name),
which is left out. Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  ep02  DOCX: a Portuguese "abaixo-assinado" for peace in Ukraine (2014): heading, statement
        paragraphs, then one signer per Word bullet, each "Name (en dash) profession or office"
        (en dash), persons in their own name mixed with office holders of named bodies
        ("Provedor da Santa Casa da Misericórdia de Alhos Vedros", "Coordenador da União de
        Sindicatos de Coimbra") and retired or former offices ("aposentado", "reformado").

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (gold_docs.py in the directory above)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ep02_navedosdias-abaixo-assinado-paz-ucrania": "Pela paz e contra a opressão",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
