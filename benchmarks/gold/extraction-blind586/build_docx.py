#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wd blind extraction set (wd08, wd09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page, both cut by that window):

  wd08  derechoalapaz.com copy of the communiqué of September 2016 in which the FIDH and its
        member organisations in the Americas celebrate the Colombian peace agreement signed that
        day in Cartagena and call for a "Sí" in the plebiscite of 2 October; 21 signers under
        "Firman:", one a line, "Name - ACRONYM - Country" (en dashes) (some with no space before the second
        dash, one with no acronym), then the start of a second text ("DECLARACIÓN PÚBLICA: EN
        FAVOR DEL PUEB", cut). The title became the Word heading 1, "DECLARACIÓN PÚBLICA:" a
        Word heading 2, the 21 signer lines Word bullets (List Bullet), every other stored line a
        Word paragraph.
  wd09  Escuela Nacional Sindical (ail.ens.org.co) page with the joint declaration of the
        Colombian trade-union and pensioners' confederations CUT, CGT, CTC, CPC and CDP for
        1 May 2014 (sovereignty, peace, decent work; against free-trade agreements and the
        Santos government's economic policy), cut inside the fourth paragraph. The first stored
        line ("Declaración conjunta de la Central Unitaria de Trabajadores CUT, la ...") became a
        PDF heading 2, every other stored line a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wd08  DOCX: a heading 1, two lead paragraphs, a paragraph "Firman:", 21 bullets, a paragraph
        "————-", a heading 2 "DECLARACIÓN PÚBLICA:", one paragraph (cut).
  wd09  PDF: a heading 2 naming the five confederations (full name and acronym, no brackets),
        three paragraphs (the last cut at 'privatizados par').

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
    "wd08_derechoalapaz-fidh-organizaciones-americas-si-a-la-paz": (
        "Comunicado: Dile S\u00cd a la paz en Colombia"
    ),
}
PDF: dict[str, str] = {
    "wd09_ens-declaracion-conjunta-cut-cgt-ctc-cpc-cdp-primero-de-mayo": (
        "Por la soberan\u00eda, la paz, el trabajo decente y la vida digna"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
