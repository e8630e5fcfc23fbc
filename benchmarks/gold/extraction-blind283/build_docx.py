#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the js blind extraction set (js01, js07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  js01  meco.lu (Mouvement Ecologique, Luxembourg), 7 October 2024: "Organisationen der
        Zivilgesellschaft als Gegenmacht einer lebendigen Demokratie", the statement of a
        collective of Luxembourg civil-society organisations after the Caritas affair, with
        its "Liste der Unterschriften:". The page's title became the PDF heading, every other
        line is kept as written (one signer a line, the OCR-like spellings "Coopéra,on
        Nord-Sud" and "Friddens- a Solidaritéitsplalorm" included); a page break was put
        after the 16th signer ("etika"), so that the list runs over two pages.
  js07  sbi-nein.ch ("Allianz der Zivilgesellschaft" against the Swiss self-determination
        initiative, 2018): "Videostatements der Partner gegen die Selbstbestimmungsinitiative".
        The breadcrumb "Sie sind hier" stays a paragraph, the title became the Word heading 1,
        the introduction a paragraph and each "Name, Organisation" line (separated by empty
        one-space paragraphs, the places of the video players, in the source; those were left
        out) a Word "List Bullet" paragraph.

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

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "js07_sbi-nein-videostatements-partner-allianz-zivilgesellschaft": (
        "Videostatements der Partner gegen die Selbstbestimmungsinitiative"
    ),
}
PDF: dict[str, str] = {
    "js01_meco-33-organisationen-zivilgesellschaft-gegenmacht-demokratie": (
        "Organisationen der Zivilgesellschaft als Gegenmacht einer lebendigen Demokratie"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
