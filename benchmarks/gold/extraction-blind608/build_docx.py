#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wz blind extraction set (wz03, wz07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  wz03  evangelisch.de copy of the epd report of 31 January 2025 "Bündnis fordert Ausbau des
        Sozialstaats": an alliance of welfare associations and unions publishes a joint appeal
        against social cuts and names seven of its members in one sentence ("Dem Bündnis
        gehören unter anderem der A, die B, ... und G an."). The page title, stored twice,
        became a heading 1 and a heading 2; each stored paragraph a PDF paragraph.
  wz07  Deutsche Umwelthilfe (duh.de) press release of 19 June 2023: WWF Deutschland, Deutsche
        Umwelthilfe and NABU hand over more than 800,000 signatures of the joint #RestoreNature
        appeal to Federal Environment Minister Steffi Lemke. The headline became the Word
        heading 1, the three stored "- " teaser lines Word bullets, every other stored paragraph
        a Word paragraph (the page label "pageBG", "Pressemitteilung", the date line and the
        photo credit kept as stored); the one stored paragraph made only of a space is left out.
        The text is cut by the corpus inside the first quoted statement.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wz03  PDF: a heading 1 and a heading 2 (the same title), three paragraphs (the first with
        the inline list of members).
  wz07  DOCX: two short paragraphs ("pageBG", "Pressemitteilung"), a heading 1, a date
        paragraph, three bullets (the second names the alliance of WWF Deutschland, Deutsche
        Umwelthilfe and NABU), a photo-credit paragraph, the lead paragraph ("Die
        Verbandsspitzen von A, B (X) und C trafen ..."), a cue paragraph and one attributed
        quote (cut).

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
    "wz07_duh-wwf-nabu-restorenature-800000-unterschriften-lemke": (
        "Bundesumweltministerin Steffi Lemke nimmt 800.000 Unterschriften f\u00fcr intakte"
        " \u00d6kosysteme entgegen"
    ),
}
PDF: dict[str, str] = {
    "wz03_evangelisch-epd-buendnis-fordert-ausbau-des-sozialstaats": (
        "B\u00fcndnis fordert Ausbau des Sozialstaats"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
