#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the te blind extraction set (te05, te08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  te05  Suara Pemred (Kalimantan Barat, suarapemredkalbar.com) news of 10 October 2021, in
        Indonesian, on the joint press release of Sabah and Sarawak associations (SAPA, SSRANZ,
        Borneo's Plight in Malaysia Foundation) about the Malaysia Agreement 1963, cut by the
        corpus at 'pernah menemui Presiden'. The section / byline line is a paragraph, the
        headline a heading 1, every stored paragraph a PDF paragraph (the four "Name, Office:
        Organisation." lines each a paragraph of their own, as stored).
  te08  Aliran (m.aliran.com) 'Civil Society Voices' page of 2016, in English: Gabungan
        Bertindak Malaysia's statement of 45 NGOs urging Malaysians to join the Bersih 5 rally,
        cut by the corpus at 'allow the Bersih 5 r'. The breadcrumb line is a paragraph, the
        headline a Word heading 1, the stored bullets ("  • ") Word 'List Bullet' paragraphs,
        every other stored paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  te05  PDF: a byline paragraph, a heading 1, a photo-caption paragraph, three lead paragraphs
        (the third "tulis siaran pers bersama A, B, C dan D"), four signer paragraphs
        "Name, President: Organisation.", a quoted paragraph naming the bodies again, two more
        paragraphs (cut).
  te08  DOCX: a breadcrumb paragraph, a heading 1, an image credit, a channels line, two lead
        paragraphs (the second "Gabungan Bertindak Malaysia (GBM) calls on all Malaysians ..."),
        a cue paragraph and four bullets, a cue paragraph and four bullets, two "GBM ..."
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
    "te08_aliran-gbm-45-ngos-join-bersih-5": (
        "Join Bersih 5 rally, support institutional reform, urge 45 NGOs"
    ),
}
PDF: dict[str, str] = {
    "te05_suarapemredkalbar-sabah-sarawak-siaran-pers-bersama-ma63": (
        "Pisah dari Malaysia, Sabah dan Sarawak Gugat Inggris dan Lapor PBB"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
