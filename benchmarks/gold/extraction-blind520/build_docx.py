#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the to blind extraction set (to08, to09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  to08  Obshchaya Gazeta (obshchayagazeta.eu, Russian) news item: heads of several Russian
        charitable foundations signed a letter to President Putin asking that the "foreign
        agents" law not be applied to charities; the signers are named in the last sentence
        ("Издание «Такие дела» сообщает, что обращение к президенту подписали ..."), which the
        corpus cuts inside the second name ("Тимур Бекм"). The headline is a PDF heading 1,
        the stored lead line (the headline's dek, repeated as the first paragraph with a
        final full stop) a heading 2, every other stored paragraph a PDF paragraph.
  to09  Vostochny Variant (v-variant.com.ua, Russian-language Ukrainian news site) report of the
        Kyiv protest of the coalition "Za Stambulskuyu konventsiyu" (For the Istanbul Convention) (more than 50 Ukrainian
        NGOs) calling on President Zelensky and the Verkhovna Rada to ratify the Istanbul
        Convention; some coalition members named inline ("Среди организаций коалиции, в
        частности, ..."), cut by the corpus at "к през". The headline became the Word
        heading 1, the site's "Читайте также: ..." teaser a Word bullet, every other stored
        paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  to08  PDF: a heading 1 (headline), a heading 2 (dek), three paragraphs (lead, the authors'
        argument, the sentence with the signers, cut).
  to09  DOCX: a heading 1, four paragraphs (the protest, the source line, the demand, the
        coalition's appeal), one bullet (a related-news teaser), the paragraph with the
        coalition members (cut).

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
    "to09_vvariant-koalitsiya-za-stambulskuyu-konventsiyu": (
        "В Киеве общественники требовали у Зеленского и Рады поддержать Стамбульскую"
        " конвенцию (фото)"
    ),
}
PDF: dict[str, str] = {
    "to08_obshchayagazeta-blagotvoriteli-pismo-putinu-inagenty": (
        "Российские благотворители попросили президента не распространять на них закон об инагентах"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
