#!/usr/bin/env python3
"""Build the two office documents of the blind set zw from texts/ (DOCX and PDF).

Layout:
- zw07_sipaz-mexican-organisations-injunctions-militaristic-agreement.docx: the
  stored page text of sipazen.wordpress.com (SIPAZ blog, 23 July 2020: five
  Mexican civil society organisations - FJEDD, MUCD, Equis Justicia para las
  Mujeres, CMDPDH and Intersecta - file injunctions and issue a statement
  against the presidential agreement of 11 May 2020 on the Armed Forces in
  public security). The post title is a Word Heading 1; then the five text
  paragraphs as plain paragraphs, the last one cut where the stored window
  ends ("failed to decrease rates of").
- zw05_gofossilfree-former-environment-ministers-rebuke-bolsonaro.pdf: the
  stored page text of gofossilfree.org (350.org press release, 8 May 2019:
  seven former Brazilian environment ministers meet at IEA-USP in Sao Paulo
  and draw up a manifesto against the environmental policy of the Bolsonaro
  government). The date line first, then the press release title as a bold
  heading, then six plain paragraphs in DejaVu Sans 10 pt on A4, the last one
  cut where the stored window ends ("deconstruct in all").
Both are built by the shared builder with a fixed date, so two builds give
identical bytes.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "zw07_sipaz-mexican-organisations-injunctions-militaristic-agreement": (
        "National: Organizations Present Injunctions against Militaristic Agreement as Danger to Human Rights"
    ),
}
PDF: dict[str, str] = {
    "zw05_gofossilfree-former-environment-ministers-rebuke-bolsonaro": (
        "Former Environment Ministers Issue Unprecedented Rebuke of Bolsonaro"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
