#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ji blind extraction set (ji01, ji05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ji01  DOCX from colectiucorona.org (València): the joint communiqué of 26 October 2017 of
        Valencianist associations ("Els que no mos hem anat, no podem tornar") that will not
        join the march of 11 November 2017. The blog title became a Word heading 1, the
        communiqué's title a Word heading 2, each stored line a Word paragraph, and the
        fifteen signing associations after "les següents entitats:" a Word bullet list
        (List Bullet), one entity a bullet; the page's comment-form lines ("Deja una
        respuesta", the line cut by the corpus) kept as paragraphs; empty lines left out.
  ji05  PDF from dbalears.cat (Palma): the news of 30 April 2024 on the more than sixty
        organisations of Mallorca that support the Obra Cultural Balear's "Diada per la
        Llengua" (5 May 2024): four paragraphs as stored (the corpus's leading " date
        2024-05" marker left out), the supporters named inline in the second paragraph,
        the last paragraph cut by the corpus ("l\u2019acte central de").

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

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "ji01_colectiucorona-associacions-valencianistes-no-podem-tornar": (
        "Els que no mos hen anat no podem tornar."
    ),
}
PDF: dict[str, str] = {
    "ji05_dbalears-seixanta-entitats-suport-diada-per-la-llengua": (
        "Més de seixanta entitats i plataformes de la societat civil de Mallorca "
        "manifesten el seu suport a la Diada per la Llengua"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
