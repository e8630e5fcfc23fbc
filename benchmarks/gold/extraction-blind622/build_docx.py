#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xn blind extraction set (xn04, xn07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xn04  IDIS "Viitorul" (viitorul.org, Chișinău) print page, Romanian: several Moldovan civil
        society organisations support the adoption of a Magnitsky law in the Republic of Moldova;
        the cue "Printre semnatari se numără următoarele organizații:" is followed by sixteen
        organisations, one a line (some with a trailing comma), cut by the corpus's window after
        the sixteenth (1,998 bytes). The headline became the Word heading 1, the two body
        paragraphs and the cue Word paragraphs, each of the sixteen lines a Word bullet
        ("List Bullet"); the line texts are unchanged.
  xn07  KNSB (Confederation of Independent Trade Unions in Bulgaria, knsb-bg.org) news page,
        Bulgarian: KNSB and CL "Podkrepa" leave the National Council for Tripartite Cooperation and
        present a joint Declaration of the joint meeting of the KNSB Coordination Council and
        the Confederal Council of CL "Podkrepa"; cut by the corpus inside the declaration's
        second paragraph (at "Podk"). The headline is a heading 1, "ДЕКЛАРАЦИЯ" a heading 2, every
        other stored line a PDF paragraph, with the runs of spaces of the stored text kept.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xn04  DOCX: a heading 1, two paragraphs (the second ends with the cue), sixteen bullets.
  xn07  PDF: a heading 1, a lead paragraph, a heading 2 "ДЕКЛАРАЦИЯ", the attribution paragraph
        ("от съвместното заседание на ..."), a paragraph, an indented paragraph (cut).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "xn04_viitorul-osc-sprijina-lege-magnitsky": (
        "Mai multe organizații ale societății civile sprijină adoptarea unei legi Magnitsky în"
        " Republica Moldova"
    ),
}
PDF: dict[str, str] = {
    "xn07_knsb-podkrepa-deklaratsia-ottegliane-nsts": ('КНСБ и КТ "Подкрепа" се оттеглят от НСТС'),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
