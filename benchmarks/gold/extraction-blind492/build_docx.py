#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sq blind extraction set (sq04, sq05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  sq04  Evangelische Landeskirche in Württemberg (elk-wue.de) press release of 24 November 2011:
        the churches and religious communities of Baden-Württemberg publish a joint declaration
        against racism and violence after the neo-Nazi murders; the lead paragraph, "Die
        Erklärung im Wortlaut:", the declaration (its title line, which opens with a quotation
        mark, became a heading 2), its two paragraphs and the four signature lines ("Die
        evangelischen Landeskirchen in Baden-Württemberg", ...), the last one closing the
        quotation. The whole short page, every stored line a PDF paragraph.
  sq05  Revista Utopía (revistautopia.org) report of the interreligious act of 2 June 2016 at the
        Mezquita Central de Madrid (hospitality for refugees and peace): three lead paragraphs,
        one paragraph naming the religious confessions and the other groups that organised the
        act and signed the manifesto (semicolon list inside the paragraph, kept as one Word
        paragraph as stored), "Manifiesto" (became a Word heading 2) and the first point of the
        manifesto, cut by the corpus at "el hambre y de ".

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sq04  PDF: a lead paragraph, "Die Erklärung im Wortlaut:", a heading 2 (the declaration's
        title, with its opening quotation mark), two paragraphs, four one-line paragraphs (the
        signers, no cue).
  sq05  DOCX: three paragraphs, a paragraph with two inline semicolon lists ("las siguientes
        confesiones religiosas: A; B; ...; H, y I. Otros grupos y asociaciones: J; ...; S."), a
        heading 2 "Manifiesto", one paragraph (cut).

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
    "sq05_revistautopia-manifiesto-religiones-acogida-paz-madrid": (
        "En la Mezquita Central de Madrid 2 de junio de 2016"
    ),
}
PDF: dict[str, str] = {
    "sq04_elk-wue-erklaerung-gegen-rassismus-religionen-bw": (
        "Erkl\u00e4rung gegen Rassismus, Menschenfeindlichkeit, Gewalt, Hass und Intoleranz"
        " \u2013 f\u00fcr ein friedliches Miteinander"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
