#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jd blind extraction set (jd09, jd10) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2, DejaVu fonts) through the shared builder
``gold_docs.py`` (fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored Turkish web pages (see ``sources.csv``), as held by
the stored web-page corpus, with layout markers added and nothing else changed:

  jd09  haberkasaba.com: the joint declaration of the associations of Turgutlu (Manisa) in
        support of the Afrin operation. DOCX: the site's two breadcrumb items as Word
        "List Bullet" paragraphs, the headline as heading 1, the three report paragraphs and
        the cue "Bas\u0131n aç\u0131klamas\u0131na;" as paragraphs, then the 15 associations as Word
        "List Bullet" paragraphs, one a bullet, with their trailing commas and the closing
        "kat\u0131ld\u0131." kept as written.
  jd10  haberavcilar.com: the press statement of the Alevi institutions at the Garip Dede
        cemevi (Küçükçekmece). PDF (A4, one page): the headline as a bold heading, the
        page's two counters ("0", "567") as paragraphs, the report paragraphs naming the
        reader and the five persons beside him, the sub-heading "ALEVİ KURUMLARI BASIN
        METNİ;" and the statement's paragraphs, cut by the stored window.

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

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "jd09_haberkasaba-turgutlu-dernekleri-ortak-bildirge": (
        "Dernekler ortak bildirgeyle Afrin'de ki harekata destek verdi"
    ),
}
PDF: dict[str, str] = {
    "jd10_haberavcilar-alevi-kurumlari-basin-aciklamasi": "Alevi Kurumları Basın Açıklaması",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
