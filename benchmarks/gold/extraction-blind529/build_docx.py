#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ub blind extraction set (ub03, ub05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  ub03  imbylta.org (Imbylta / Ager Adin Hibret, Ethiopian diaspora) page of 2023 in Amharic
        ("The Forum of Ethiopians Civic Organizations in the Diaspora"): Ethiopian civic
        organisations and concerned groups in North America, "whose names are shown below",
        found a joint forum against the government of PM Abiy Ahmed; a numbered list of the
        founders (item 2 missing in the original), then the start of their four common points,
        cut by the corpus inside the first point. The stored text has no title; every stored
        line (the opening paragraph is stored as four lines) became one Word paragraph, the
        numbered items included (plain paragraphs with their numbers, not Word list styles).
  ub05  Eritrean Law Society (erilaw.org) page with the full text of the statement made on
        26 June 2018 at the 38th session of the UN Human Rights Council (interactive dialogue
        with the Special Rapporteur on Eritrea) on behalf of eight civil society organisations,
        cut by the corpus inside the fifth paragraph of the statement. The page title became the
        PDF heading 1, every other stored line a PDF paragraph ("Mr. President" included).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ub03  DOCX: four paragraphs of the opening sentence, seven numbered paragraphs ("1." then
        "3." to "8."), three paragraphs of the next sentence, one paragraph "1. ..." and a last
        cut paragraph; Amharic (Ethiopic script) with English acronyms in brackets.
  ub05  PDF: a heading 1, an introduction paragraph (reader and "made on behalf of eight civil
        society organisations (including ELS)"), "Mr. President", the paragraph "On behalf of
        A, B, the C, ... and the H, I would first like to ...", three paragraphs and the cut
        "Mr. President, since".

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
    "ub03_imbylta-diaspora-civic-organizations-joint-forum": (
        "The Forum of Ethiopians Civic Organizations in the Diaspora"
    ),
}
PDF: dict[str, str] = {
    "ub05_erilaw-eight-csos-statement-hrc-eritrea": (
        "Statement Made at the UN Human Rights Council"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
