#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the xm blind extraction set (xm07, xm09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xm07  Iraqi trade unions site (iraqitradeunions.org), archive page "What is the GFIW?" of
        30 September 2005: the General Federation of Iraqi Workers presents itself and reports
        that the IFTU "signed a historic merger statement with the leaders of the General
        Federation of Trade Unions ... and the GFITU", then starts the statement ("Agreement on
        the Unity of the Iraqi Trade Union Movement"), cut by the corpus after "Con". English:
        the shared PDF builder does no Arabic shaping or bidi reordering (an Arabic PDF built
        with it shows its lines mirrored and extracts reversed), so the set's PDF is this English
        text of the slice (Iraqi civil society). The date line and each stored paragraph became
        PDF paragraphs, the page title ("What is the GFIW?") a heading 1 and the statement's
        title a heading 2 (the "# " / "## " marks in ``texts/`` are layout, not text).
  xm09  Halab Today TV (halabtodaytv.net): news of the statement of eleven civil-society
        organisations of Raqqa and Deir ez-Zor (north-east Syria) asking for the protection of
        humanitarian and civil workers; cut by the corpus inside the last sentence ("مشير").
        Each stored line became a Word paragraph (the stored text has no headline; its first
        line is the photo caption, the town and "archive"). The signers are one quoted inline list.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xm07  PDF: a date paragraph, a heading 1, four paragraphs (the second "In September 2005 the
        Iraqi Federation of Trade Unions (IFTU) signed a historic merger statement with ..."),
        the paragraph "Here is the merger statement in full:", a heading 2 and three cut
        "Considering ..." paragraphs (the last one is "Con").
  xm09  DOCX: six Word paragraphs: the caption, two lead paragraphs, the paragraph
        "ووقع على البيان كل من منظمات “A، B، ...، K”.", two closing paragraphs (the last cut).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 10, 12, 0, 0)

DOCX: dict[str, str] = {
    "xm09_halabtodaytv-munazzamat-al-raqqa-deir-ezzor-himaya-ar": (
        "بياناً تطالب فيه بتوفير الحماية للعاملين في المجال الإنساني والمدني"
    ),
}
PDF: dict[str, str] = {
    "xm07_iraqitradeunions-gfiw-merger-statement-iftu-gftu-gfitu": ("What is the GFIW?"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
