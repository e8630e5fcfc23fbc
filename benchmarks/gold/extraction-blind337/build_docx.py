#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the mb blind extraction set (mb02, mb09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; empty lines were dropped (the builder skips them). Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  mb02  DOCX (ca): ACRA's news page of 21 September 2017: two paragraphs (section and date),
        a heading 1 "COMUNICAT", a heading 2 holding the title "Comunicat Conjunt de l'A, B,
        C, D, La E i la F" (the six signers, inline in the title), three statement paragraphs
        ("les organitzacions sotasignades ...", "Les entitats sotasignades ...") and the
        dateline "Barcelona, 21 de setembre de 2017" (no list after it).
  mb09  PDF (ca): Catalunya Press on the manifesto 'No als Països Catalans' (2022): the photo
        caption "Representants de les entitats signants del manifest - ..." (with the corpus's
        " date 2022-02" prefix, as stored), the four promoting entities inline in one sentence,
        their four representatives inline in the next ("pel degà de la RACV, Name; el president
        de Lo Rat Penat, Name; ..."), three more paragraphs, the text cut by the corpus after
        "Les entit".

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
    "mb02_acra-comunicat-conjunt-entitats-salut-social": (
        "Comunicat Conjunt (ACRA, 21 de setembre de 2017)"
    ),
}
PDF: dict[str, str] = {
    "mb09_catalunyapress-no-als-paisos-catalans-entitats": (
        "Entitats llancen el manifest 'No als Països Catalans'"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
