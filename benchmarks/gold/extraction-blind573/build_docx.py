#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vq blind extraction set (vq02, vq04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vq02  Građanska alijansa / Civic Alliance (gamn.org, Montenegro) English page of November
        2022, "Institutional and political crisis requires urgent dialogue": six NGOs call on the
        political parties to resolve the crisis; the whole stored page (1,954 characters), from
        the site's search-box label "Enter your keyword" to the last signer. Every stored line is
        a PDF paragraph, nothing marked as a heading; "Signed by:" and the six names one
        paragraph each.
  vq04  HO Merhamet MDD (merhamet.ba, Bosnia and Herzegovina) news of the signing in Sarajevo of
        the joint declaration of ten civil-society (non-governmental) organisations "for a better
        BiH society", cut by the corpus at 2,000 bytes inside the last sentence ("tog
        dokument"). The upper-case headline became the Word heading 1, each stored paragraph a
        Word paragraph; the stored paragraph of three no-break spaces is kept as a paragraph;
        the quoted paragraph that opens with a dash ("- Osnovno opredjeljenje ...") becomes a
        Word "List Bullet" paragraph (the builder's "- " convention), its text otherwise as
        stored.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vq02  PDF: a paragraph "Enter your keyword", three body paragraphs (the first the lead), a
        paragraph "Signed by:" and six one-name paragraphs (no other cue, no places).
  vq04  DOCX: a heading 1 (headline), a paragraph holding the inline list ("Potpisnici
        zajedničke deklaracije su A (X), B, C (Y), ... te J."), a paragraph, a paragraph of
        no-break spaces, a bullet (quoted speech), three paragraphs (the last cut).

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
    "vq04_merhamet-zajednicka-deklaracija-nevladinih-organizacija-bih": (
        "Potpisana zajednička deklaracija za kvalitetnije BH. društvo"
    ),
}
PDF: dict[str, str] = {
    "vq02_gamn-ngos-institutional-political-crisis-dialogue-montenegro": (
        "Institutional and political crisis requires urgent dialogue"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
