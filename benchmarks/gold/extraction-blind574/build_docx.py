#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vr blind extraction set (vr03, vr07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vr03  Danish Refugee Council (drc.ngo) news of March 2020: "The NGO Forum and Syria INGO
        Regional Forum, representing 108 organisations operating in Syria" call on the UN
        Security Council to adopt a resolution protecting civilians and aid workers in Idlib and
        western Aleppo after the 5 March ceasefire; cut by the corpus at "protection of the civ".
        The photo credit line is a Word paragraph, the headline the Word heading 1, every other
        stored paragraph a Word paragraph (the stored empty lines are not paragraphs).
  vr07  International Committee of the Red Cross (icrc.org/fr) "Déclaration" of 8 May (World
        Red Cross and Red Crescent Day): the Haitian Red Cross, the ICRC and the IFRC pay tribute
        to the Movement's volunteers and staff in Haiti; cut by the corpus at "Guë". The label
        "Déclaration" and the photo caption are paragraphs, the title a heading 1, every other
        stored paragraph a PDF paragraph; the nine no-break spaces of the page are kept (French
        typography before ':' and ';', trailing spaces and two one-space lines, see sources.csv).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vr03  DOCX: a paragraph (photo credit), a heading 1, the lead paragraph naming the two forums,
        five more paragraphs (the last cut).
  vr07  PDF: a paragraph "Déclaration", a heading 1, a caption paragraph, the lead paragraph
        (the three Red Cross bodies in one sentence), three paragraphs separated by two
        paragraphs holding a single no-break space, a last paragraph "Guë" (cut).

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
    "vr03_drc-ngo-forum-syria-ingo-regional-forum-unsc-resolution": (
        "NGOs demand UN Security Council Resolution on Syria"
    ),
}
PDF: dict[str, str] = {
    "vr07_icrc-croix-rouge-haitienne-cicr-ficr-declaration-haiti": (
        "Solidaires avec les communaut\u00e9s pour faire plus et mieux ensemble"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
