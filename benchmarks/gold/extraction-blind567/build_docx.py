#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vk blind extraction set (vk02, vk05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vk02  Ilontsera (ilontsera.mg) page "COMMUNIQUE DES OSCDH" of 17 April 2023: the human-rights
        civil society organisations of Madagascar grouped in VAZO-GTDH (Groupe du Travail sur
        les droits humains) condemn attacks on human rights and support the FFKM's dialogue
        (French). The whole stored text (1,446 bytes). The title became the Word heading 1
        (the only change: '# ' before it), every stored paragraph a Word paragraph, the cue
        "Les signataires :" a paragraph and each of the sixteen signers a paragraph of its own,
        as stored (trailing spaces and double spaces kept).
  vk05  PML Daily (pmldaily.com) news of July 2024: five Ugandan anti-corruption civil society
        groups (ACCU, ACFIM, TIU, CAH, AYDL) in a joint statement at a press briefing challenge
        the government to strengthen anti-corruption institutions (English). The stored text
        unchanged (2,000 bytes, cut inside a quote at 'the collective efforts of a'); it has no
        title line, so the PDF has no heading: every stored line a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vk02  DOCX: a heading 1, four paragraphs (the "Nous, Organisations ..." preamble, two
        considerations, the place and date), the cue paragraph "Les signataires :", sixteen
        one-name paragraphs.
  vk05  PDF: nine paragraphs: the lead, a quote, the "The call was made by the united civil
        society groups; A (X), B (Y), ..., and the E (Z) during a press briefing" sentence,
        "In a joint statement, ...", a long quote attributed to the ACCU director, two more
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
    "vk02_ilontsera-communique-oscdh-vazo-gtdh-signataires": "COMMUNIQUE DES OSCDH",
}
PDF: dict[str, str] = {
    "vk05_pmldaily-uganda-five-csos-joint-statement-anti-corruption": (
        "Strengthen anti-corruption institutions, govt challenged as Uganda loses UGX 9 trillion"
        " to corruption annually"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
