#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jx blind extraction set (jx03, jx04) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2, DejaVu fonts) through the shared builder
``gold_docs.py`` (fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored Turkish web pages (see ``sources.csv``), as held by
the stored web-page corpus, with layout markers added, the source's one-space and empty lines
left out and nothing else changed:

  jx03  kaosgl.org: Kaos GL's report of the letter of the Refugee Rights Coordination
        (Mülteci Haklar\u0131 Koordinasyonu) to the Directorate General of Migration Management on
        Afghan refugees (14 May 2014). PDF (A4, two pages): the section label, the headline as
        a bold heading, date and byline, five report paragraphs, the cue
        "MÜLTECİ HAKLARI KOORDİNASYONU:" as a paragraph, then the six member associations one
        a paragraph, with a page break after the third.
  jx04  demokrathaber.org: the Mersin Anti-Nuclear Platform's call to the "Dünyada Nükleere
        Yer Yok" action of 24 May 2015. DOCX: byline and report paragraphs, the two quoted
        sub-headings and "DESTEK VEREN PLATFORMLAR" as Word headings 2, then the supporting
        platforms as Word "List Bullet" paragraphs, the last one cut by the stored window
        ("K\u0131") kept as cut.

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
    "jx04_demokrathaber-nukleere-yer-yok-destek-veren-platformlar": (
        "Nükleere karşı dev eylem yarın: Dünyada nükleere yer yok"
    ),
}
PDF: dict[str, str] = {
    "jx03_kaosgl-multeci-haklari-koordinasyonu-afgan-mektup": (
        "Mülteci Hakları Koordinasyonundan Afgan Mülteciler İçin Mektup"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
