#!/usr/bin/env python3
"""Build the two office documents of the blind set sj from texts/ (DOCX and PDF).

Layout:
- sj05_bhrrc-smj-foreign-trainees-slave-labour-statement.docx: the stored page
  text of business-humanrights.org (Business & Human Rights Resource Centre
  news item on the 12 May 2023 statement of Solidarity Network with Migrants
  Japan and Advocacy Network for Foreign Trainees on the interim report of the
  expert panel on the Technical Intern Training Program). The headline is a
  Word Heading 1; then the Japanese title line with its date, the translation
  note and the text paragraphs as plain paragraphs, the last one cut where the
  stored window ends ("is tantamoun").
- sj10_hrn-stop-long-term-detention-network-immigration-bill-statement.pdf:
  the stored page text of hrn.or.jp (Human Rights Now, joint statement of
  9 May 2023 by seven groups of the STOP! long-term detention citizens'
  network against the immigration bill). The statement title as a bold
  heading, then the plain paragraphs in DejaVu Sans 10 pt on A4 with the
  Japanese glyphs from IPAexGothic (fallback font), the last line cut where
  the stored window ends.
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
    "sj05_bhrrc-smj-foreign-trainees-slave-labour-statement": (
        "Japan: Solidarity Network with Migrants Japan & Advocacy Network for Foreign Trainees call on Govt. eradicate 'slave labour structures' of foreign technical trainee programme"
    ),
}
PDF: dict[str, str] = {
    "sj10_hrn-stop-long-term-detention-network-immigration-bill-statement": (
        "【共同声明】私たちは、あきらめない あらためて入管法改定案の廃案を求めます"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
