#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tr blind extraction set (tr05, tr08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  tr05  Afghan Women's News Agency (afghanwomennews.com, Dari) item of 29 April 2021 "نشست مشترک
        ائتلاف زنان برای صلح": women's organisations of the coalition for the peace process issue a
        joint declaration (ceasefire in Ramadan, a participatory peace process, protection of
        women's rights). The whole short page as stored (Persian written without zero-width
        non-joiners, as the corpus returns it). The category line "افغانستان و جهان" is a Word
        paragraph, the headline the Word heading 1, every stored paragraph or numbered demand a
        Word paragraph; the page's "نوشته های مشابه" and "دکمه بازگشت به بالا" (related posts, back
        to top) are kept as the last two paragraphs.
  tr08  UrduPoint / Pakistan Point News (English) report of 6 March 2020: the organisers of the
        Aurat Azadi March and seven organisations (WDF, AWP, WAF, HRCP, PFUJ, MKP, PSF) at a joint
        press conference in Islamabad before International Women's Day. The whole page as
        stored, its first line the corpus' " date 2020-03-06 " prefix run into the headline (kept
        as stored, leading space included); every stored paragraph a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tr05  DOCX: a paragraph (category), a heading 1 (headline), the lead paragraph naming the
        organisations in one sentence, a paragraph "موارد زیر ...:", five numbered paragraphs
        ("1." ... "5.", plain paragraphs, not Word lists), two closing paragraphs.
  tr08  PDF: six paragraphs (date + headline, dateline paragraph, the "in collaboration with"
        list sentence, the WDF president's paragraph, two closing paragraphs); no heading.

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
    "tr05_afghanwomennews-womens-coalition-peace-joint-declaration": (
        "\u0646\u0634\u0633\u062a \u0645\u0634\u062a\u0631\u06a9 \u0627\u0626\u062a\u0644\u0627\u0641"
        " \u0632\u0646\u0627\u0646 \u0628\u0631\u0627\u06cc \u0635\u0644\u062d"
    ),
}
PDF: dict[str, str] = {
    "tr08_urdupoint-aurat-azadi-march-joint-press-conference": (
        "The organizers of the Aurat March on Friday said that an organized campaign was being"
        " launched against the march to be organized on International Women Day on March 8"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
