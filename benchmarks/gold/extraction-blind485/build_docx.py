#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rz blind extraction set (rz05, rz06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by the corpus at about 2,000 bytes):

- rz05: the "Organizaciones" page of nicaragualucha.org, the site of the Informe de la Verdad
  "Dictadura y represión en Nicaragua. Lucha contra la impunidad": the page title became the
  Word heading 1, the two paragraphs Word paragraphs, the fifteen organisation names (one per
  paragraph in the source) Word "List Bullet" paragraphs, and the paragraph that follows the
  list (cut by the corpus inside a word) a last Word paragraph.
- rz06: the Justicia 11J newsletter #6 (February 2023): the category label "Boletines" a
  paragraph, the newsletter title a PDF heading, each stored paragraph a PDF paragraph (the
  two lines of the subscription greeting kept as two paragraphs, trailing spaces dropped; the
  last paragraph is cut by the corpus after "1540").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rz05  DOCX: a heading, two paragraphs, a 15-item Word bulleted list (no cue line right
        before it: the cue "Las organizaciones firmantes" opens the first paragraph), a
        trailing cut paragraph.
  rz06  PDF: a paragraph, a heading, six paragraphs; the three signers inline in one
        sentence ("Justicia 11J, Cubalex y el Observatorio ... (OCDH) publicamos una
        Declaración ...").

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
    "rz05_nicaragualucha-organizaciones-informe-verdad": "Organizaciones",
}
PDF: dict[str, str] = {
    "rz06_justicia11j-newsletter-6-declaracion-presos-politicos": "Newsletter #6 Febrero 2023",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
