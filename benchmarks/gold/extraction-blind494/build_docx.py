#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sn blind extraction set (sn01, sn08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  sn01  Fundacja im. Stefana Batorego (batory.org.pl) statement page of 25 February 2021,
        "Postulaty organizacji pozarządowych dot. perspektywy Unii Europejskiej na lata
        2021-2027 w Polsce": the NGO demands on the draft Partnership Agreement worked out
        around the Polish national NGO federation (OFOP), then "Organizacje popierające
        stanowisko:" and one supporting organisation a paragraph, cut by the corpus inside the
        tenth name ("Federacja Inicjatyw O"). The page title became the Word heading 1, the cue
        "Organizacje popierające stanowisko:" a Word heading 2, every other stored paragraph
        (blank-line separated) a Word paragraph.
  sn08  Slovenské fórum osôb so zdravotným postihnutím (sfozp.sk) copy of the press release of
        the Chamber of NGOs (Komora MNO) at the Slovak Government Council for NGOs after the
        attempt on the life of the prime minister (May 2024): the site's menu lines, the
        release title ("TS: Komora ..."), one paragraph naming 26 member platforms with no cue,
        then the statement in the first person plural, cut by the corpus at "všetky akty
        násilia,". Every stored line became a PDF paragraph (the menu lines too), the release
        title a heading 1.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sn01  DOCX: a date paragraph, a heading 1 (title), six paragraphs (the fifth a link label,
        the sixth an invitation with a broken form URL), a heading 2 "Organizacje popierające
        stanowisko:", ten one-line paragraphs of organisations (the last cut mid-word).
  sn08  PDF: ten short menu paragraphs around a heading 1 "TS: Komora mimovládnych ...", one
        long paragraph "A, B, C - D, ..., Y a Z." (26 names, no cue), three statement
        paragraphs (the last cut).

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
    "sn01_batory-postulaty-ngo-umowa-partnerstwa": (
        "Postulaty organizacji pozarządowych dot. perspektywy Unii Europejskiej na lata 2021-2027"
        " w Polsce"
    ),
}
PDF: dict[str, str] = {
    "sn08_sfozp-komora-mno-vyhlasenie-odsudenie-nasilia": (
        "TS: Komora mimovládnych neziskových organizácií pri Rade vlády Slovenskej republiky pre"
        " mimovládne neziskové organizácie"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
