#!/usr/bin/env python3
"""Build the two office documents of the blind set mo from texts/ (DOCX and PDF).

Layout:
- mo06_gazetaprawna-ngos-appeal-president-assembly-law-veto.docx: the stored
  page text of prawo.gazetaprawna.pl (news item, December 2016: Polish NGOs
  and trade unions appeal to the President of Poland to veto the amendment of
  the Law on Assemblies; the signers are named in prose, in Polish inflected
  forms, "w liscie podpisanym przez m.in. ..."). Three plain Word paragraphs,
  one per stored paragraph: the news lead, the quoted paragraph naming the six
  signers, and the source line "PS/zrodlo: HFPC". No heading (the stored window
  has no title).
- mo08_gagrule-armenian-editors-refuse-pashinyan-press-conference-question.pdf:
  the stored page text of gagrule.net (English rendering, June 2022, of the
  statement of Armenian editors refusing to send a written question to the
  online press conference of Prime Minister Pashinyan). Three plain paragraphs
  in DejaVu Sans 10 pt on A4: a date line with an unrelated first sentence, the
  statement's opening, and one long paragraph holding the rest of the statement
  and the numbered run-in list of signers ("Joined the announcement: 1. Name -
  role of outlet 2. ..."), cut where the stored window ends ("14.").
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
    "mo06_gazetaprawna-ngos-appeal-president-assembly-law-veto": (
        "Organizacje pozarządowe apelują do prezydenta"
    ),
}
PDF: dict[str, str] = {
    "mo08_gagrule-armenian-editors-refuse-pashinyan-press-conference-question": (
        "A major Armenian news editors boycott the Pashinyan fake press conference, refuse to send a formal written question"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
