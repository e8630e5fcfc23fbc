#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ul blind extraction set (ul02, ul10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, cut by the corpus's window; only heading markers were added:

  ul02  APA-OTS press release of 6 September 2006 (Vienna): the Austrian social partners (the
        presidents of the Arbeiterkammer, the Wirtschaftskammer, the Gewerkschaftsbund and the
        Landwirtschaftskammer) present their joint declaration "Austria 2016" at the Bad Ischl
        Dialogue; the declaration itself follows and is cut inside its fourth paragraph. The
        headline became the PDF heading 1, the sub-headline ("Ab 16.30 Uhr Festakt ...") and the
        declaration's title "Austria 2016" PDF headings 2, every stored paragraph (and each of the
        lines "Deklaration der Sozialpartner" / "Bad Ischl im September 2006") a PDF paragraph.
  ul10  Pro Natura Ticino news item of 25 May 2022 (Italian): in a joint note Pro Natura, WWF and
        Ficedula announce their opposition to the compensation measures of the new SBB/FFS
        workshops at Arbedo-Castione. The date line is a Word paragraph, the title the Word
        heading 1, each stored paragraph a Word paragraph (the last one cut at "esso non de").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ul02  PDF: a heading 1, a heading 2 (sub-headline), one lead paragraph (dateline "Wien
        (ÖGB/WKÖ/AK/LK) - ..." with the four presidents' bodies in one sentence), "Nachstehend
        die Deklaration im Wortlaut:", a heading 2 "Austria 2016", two short paragraphs, three
        declaration paragraphs (the last cut).
  ul10  DOCX: a date paragraph, a heading 1, three paragraphs (the first "In una nota congiunta
        le associazioni A, B e C comunicano ...").

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
    "ul10_pronatura-ti-nota-congiunta-officine-ffs-arbedo": (
        "SI alle Officine NO a compensi ambientali inadeguati ed insufficienti"
    ),
}
PDF: dict[str, str] = {
    "ul02_ots-sozialpartner-deklaration-austria-2016": (
        "Sozialpartner pr\u00e4sentierten gemeinsame Deklaration"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
