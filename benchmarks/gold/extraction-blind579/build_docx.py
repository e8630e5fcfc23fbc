#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vw blind extraction set (vw01, vw03) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page; both are cut by that window):

  vw01  CGIL Forlì (cgilforli.org) news item of 2018 on the open letter "Le donne sono qui" of
        women's associations, unions and others to the women members of the XVIII Italian
        Parliament for the 40th anniversary of the abortion law 194, with its signatures ("Le
        firme:") cut inside the 26th name. The page title became the Word heading 1, the
        sub-title the Word heading 2, each further stored line a Word paragraph; the signatures
        stay one paragraph of comma-separated names, as stored.
  vw03  Ça fait désordre (cafaitdesordre.com) blog post of December 2010: the Collectif féministe
        contre le viol, Mix-Cité and Osez le féminisme launch a manifesto against rape signed by
        about a hundred public figures, 31 of them named in one paragraph; cut by the window in
        the last paragraph. Every stored line is a PDF paragraph (no heading: the stored text has
        no title line).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vw01  DOCX: a heading 1, a heading 2, three paragraphs (lead and two quoted passages), a
        paragraph "Le firme:", one paragraph of 26 comma-separated signatures (the last one cut).
  vw03  PDF: four short statistic lines, the paragraph naming the three launching associations
        and ending "parmi lesquelles :", one paragraph of 31 names, then six paragraphs of the
        manifesto's campaign text (the last cut).

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
    "vw01_cgilforli-le-donne-sono-qui-lettera-legge-194": (
        "40 anni fa la legge sull\u2019aborto. Le donne scrivono alle parlamentari per difenderla"
    ),
}
PDF: dict[str, str] = {
    "vw03_cafaitdesordre-manifeste-contre-le-viol-personnalites": (
        "Contre le viol, la honte doit changer de camp"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
