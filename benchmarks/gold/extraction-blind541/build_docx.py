#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uk blind extraction set (uk01, uk03) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; the only change is the ``# `` heading marker on each headline line:

  uk01  Belfast Telegraph article by John Mulgrew (2017): business groups, the universities and
        NICVA write to MLAs to restore a working Stormont government; the signers under "The
        business groups signing the letter include:", one name a line, cut by the corpus after
        "Women in Business" at "London". The masthead line "Belfast Telegraph" is a paragraph,
        the headline a heading 1, every other stored line a PDF paragraph (the stored blank
        lines between them are not kept as paragraphs).
  uk03  Scottish Housing News article (2022): Scottish charities (Trussell Trust Scotland, Save
        the Children Scotland, the Poverty Alliance, ...) write to the First Minister on the
        cost-of-living emergency; the signers are named inline in one sentence; cut by the corpus
        at "can prevent the short and". The headline became the Word heading 1, every other
        stored line a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uk01  PDF: a masthead paragraph, a heading 1, a byline, eight paragraphs (quoted CBI and
        Retail NI speakers, an inline "groups such as" sentence), the cue paragraph, eighteen
        one-name paragraphs and the cut fragment "London".
  uk03  DOCX: a heading 1 and six paragraphs; the second paragraph carries the inline list
        "organisations including A, B, the C, ... and the I have called for ..."; the last
        paragraph is cut.

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
    "uk03_scottishhousingnews-charities-letter-first-minister-cost-of-living": (
        "Scottish charities call for \u2018dramatic action\u2019 to protect most vulnerable from"
        " cost-of-living emergency"
    ),
}
PDF: dict[str, str] = {
    "uk01_belfasttelegraph-business-civic-groups-letter-mlas-stormont": (
        "Business chiefs plead for parties to break Stormont impasse or face job losses"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
