#!/usr/bin/env python3
"""Build the DOCX documents of the rb blind extraction set (rb03, rb04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (both cut by the corpus window, kept as cut):

  rb03  lkdg.org (Lebanese press review): eleven international and local organisations,
        Amnesty International and Human Rights Watch in the lead, call on the Lebanese
        authorities to stop harassing human-rights defenders (press conference on the
        activist Saad Eddine Shatila). The page's headline became the Word heading 1, each
        stored paragraph a Word paragraph (the empty line after the headline left out).
  rb04  ar.iraqicivilsociety.org: "بلاغ" (communiqué) of the Iraqi Social Forum and the
        Iraqi Civil Society Solidarity Initiative (ICSSI), Istanbul, February 2016, on the
        attack on peaceful protesters in Nasiriyah. The site's Arabic name and English
        tagline stay as two paragraphs above the article; the article's title became the
        Word heading 1; the image file name line and the two empty/one-space lines were left
        out; the issuers' two lines ("بلاغ صادر عن A" / "و B (ICSSI)") stay two paragraphs,
        as in the source.

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

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "rb03_lkdg-11-munazzama-himayat-nushata-huquq-lubnan-ar": (
        "11 منظمة دولية ومحلية تطالب بحماية نشطاء حقوق الإنسان في لبنان"
    ),
    "rb04_icssi-balagh-muntada-ijtimai-iraqi-nasiriya-ar": (
        "لا للاعتداء على المحتجين السلميين في الناصرية، نطالب بمحاسبة المعتدين"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
