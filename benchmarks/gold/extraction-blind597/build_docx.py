#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wo blind extraction set (wo06, wo07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  wo06  African Centre for Justice and Peace Studies (web.acjps.org/?p=5621), 7 March 2022: the
        statement of FIDH and its two Sudanese member organisations, ACJPS and SHRM, to the UN
        High Commissioner for Human Rights on the military coup in Sudan and the new Human Rights
        Expert for Sudan (English), cut by the corpus at 2,000 bytes inside the last paragraph
        ('to the sec'). English, not Arabic, on purpose: the PDF builder does no Arabic shaping
        or bidi, and an Arabic PDF built this way extracts with its runs reversed.
  wo07  Arabic Network for Human Rights Information archive (archive.anhri.info/?p=7517), 15 August
        2005: Egyptian women's rights organisations launch a movement for change after the
        assaults on women protesters ('تدشن مجموعة المنظمات الموقعة أدناه'), with 'المنظمات
        الموقعة:' and three numbered organisations (the whole stored text, 1,849 bytes).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wo06  PDF: every stored line a paragraph ('(7 March 2022)', 'Madam High Commissioner,', the
        sentence naming the three organisations, four more paragraphs, the last one cut).
  wo07  DOCX: every stored line a Word paragraph (the date, the lead, two lines opening with a
        closing quotation mark, four numbered aims, a closing paragraph); the cue line
        'المنظمات الموقعة:' a Word heading 2, then the three numbered organisations, one paragraph
        each ('1. رابطة المرأة العربية' ...). No right-to-left paragraph setting (python-docx
        default), the text as stored.

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
    "wo07_anhri-egyptian-womens-rights-organisations-movement-2005": (
        "إزاء الوضع الذي يشهد تصاعدا خطيرا في الممارسات الأمنية في مصر"
    ),
}
PDF: dict[str, str] = {
    "wo06_acjps-fidh-acjps-shrm-statement-high-commissioner-sudan": (
        "(7 March 2022) Madam High Commissioner"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
