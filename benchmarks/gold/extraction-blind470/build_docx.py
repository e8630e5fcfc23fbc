#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rk blind extraction set (rk08, rk09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` (fpdf2)
and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  rk08  the joint press statement of Equal Education, the Social Justice Coalition and Ndifuna
        Ukwazi (South Africa, 20 February) condemning the planned march against the Treatment
        Action Campaign in Bloemfontein, as held by the stored web-page corpus (cut inside
        "4 July 201"). The stored paragraphs became PDF paragraphs, the opening line with the
        cue "Joint Press Statement by ..." the PDF heading; empty lines left out, trailing spaces
        dropped.
  rk09  insiderzim.com's "who is who on the Sikhala-Sithole petition list" (Zimbabwe, 2022): the
        lead paragraphs as Word paragraphs, the stored "- Name" list lines as Word "List Bullet"
        paragraphs (34 items, one name listed twice), then the page's "Continued next page",
        view counter and pingback lines as paragraphs.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rk08  PDF: a bold heading (the cue line naming the three signers) and six paragraphs.
  rk09  DOCX: five paragraphs, a 34-item Word bullet list, three trailing paragraphs.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "rk09_insiderzim-sikhala-sithole-petition-list": "Who is who on the Sikhala-Sithole petition list",
}
PDF: dict[str, str] = {
    "rk08_equaleducation-sjc-ndifuna-ukwazi-tac-march": (
        "No to political intimidation, no to corruption: we call on organisations not to march "
        "against TAC in Bloemfontein"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
