#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tv blind extraction set (tv03, tv07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by the corpus window at 2,000 bytes):

  tv03  Radio-Canada news (undated in the stored text; 2023 by its content) on the open letter
        of the six Wolastoqey chiefs of New Brunswick criticising Premier Blaine Higgs's duty
        to consult ("La lettre est signée par le chef A de X (Y), la chef B de Z (W), ..."), in
        French. The stored text has no headline: every stored paragraph (the two "Ouvrir en
        mode plein écran" photo captions and the sub-heading "Nous ne sommes pas consultés"
        included) is a Word paragraph; the title in the metadata comes from the page address.
  tv07  My Lethbridge Now news (undated in the stored text; 2025 by its content) on the joint
        letter of the chiefs of the Siksika Nation, the Kainai-Blood Tribe and the Piikani
        Nation to Alberta Premier Danielle Smith asking her to withdraw Bill 54 ("The letter
        was signed by the Chief of the Siksika Nation Chief A, Kainai-Blood Tribe Chief B and
        Piikani Nation Chief C."), in English. No headline in the stored text either: every
        stored line is a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tv03  DOCX: nine paragraphs (two lead paragraphs, a photo caption, the "La lettre est
        signée par ..." paragraph, a paragraph on the ministry, the sub-heading as a plain
        paragraph, two paragraphs on and from the letter, a second photo caption cut by the
        window).
  tv07  PDF: ten paragraphs (the lead, the "The letter was signed by ..." sentence, five on
        and from the letter, three with Chief Knowlton's words, the last one cut by the window).

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
    "tv03_radiocanada-chefs-wolastoqey-lettre-ouverte-higgs": (
        "Les chefs wolastoqey critiquent Blaine Higgs dans une lettre ouverte"
    ),
}
PDF: dict[str, str] = {
    "tv07_mylethbridgenow-blackfoot-chiefs-letter-bill-54": (
        "Southern Alberta chiefs respond to separation rhetoric with joint letter to Premier"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
