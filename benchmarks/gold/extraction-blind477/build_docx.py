#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the rr blind extraction set (rr02, rr04) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (both cut by the corpus's window):
  rr02  the press release of the Syrian Center for Media and Freedom of Expression (scm.bz)
        on the open letter of Fair Trials, SCM and 19 other organisations to INTERPOL about
        Syria's renewed access to Red Notices (2021);
  rr04  the World Vision International press release of the Syria INGO Regional Forum
        (21 international aid agencies) on the UN's Syria and refugee response appeals.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rr02  PDF: the page's first line "Press Release" as a bold heading, its three summary
        bullets as "•" bullets, then one paragraph per stored line (the last one, "Danny
        AlBaaj, ... said:", ends the stored window before the quotation).
  rr04  DOCX: the headline as Word heading 1, then one Word paragraph per stored paragraph
        (no list, no table; the last paragraph is cut inside a word as stored).

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
    "rr04_wvi-sirf-21-agencies-fund-syria-response-now": (
        "Humanitarian NGOs: fund Syria response now before it’s too late"
    ),
}
PDF: dict[str, str] = {
    "rr02_scm-fair-trials-interpol-red-notices-syria": (
        "Fair Trials, SCM and 19 other organisations call on INTERPOL to protect Syrian refugees"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
