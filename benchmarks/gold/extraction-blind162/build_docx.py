#!/usr/bin/env python3
"""Build the DOCX document of the ex blind extraction set (ex05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (a copy of
``benchmarks/gold/gold_docs.py`` one folder up: fixed creation dates and zip timestamps, two
builds give identical bytes).

The text is the real text of a post of the blog "Raigame" (raigame.blogspot.com, 22 July
2021) as held by the stored web-page corpus (see ``sources.csv``): the blog's navigation word
("PAGINAS") left out, leading and trailing spaces of each paragraph stripped, the post's
title ("La manifestación sigue sumando apoyos.") made the Word heading 1 and each supporter
of the list after "... organizaciones políticas y asociaciones culturales como:" (one a line
in the source, some with a trailing comma, kept) a "List Bullet" paragraph. The stored copy
ends mid-word ("... desde la organizac"); the DOCX ends there too. Nothing here decides who
signed: the labels in ``labels/`` were written by reading.

Layout:
  ex05  DOCX: a date paragraph, a heading, news paragraphs (the convener Xuntanza
        Llionesista in brackets, the sender "Conceyu País Llionés", a town council and a
        distributive plural "las JJVV de A, B, ..., E y F" inside one sentence), then 15 Word
        bullet paragraphs "Name", "Name (ACRONYM)," or "Name - “Alias”", then two closing
        paragraphs.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ex05_raigame-apoyos-manifestacion-autonomia-leonesa": (
        "La manifestación sigue sumando apoyos"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
