#!/usr/bin/env python3
"""Build the two office documents of the blind set yz from texts/ (DOCX and PDF).

Layout:
- yz04_llg-tmi-edge-media-harassment.docx: the stored page text of llgcultural.com/6635
  (Malaysia, 2015, joint statement of civil society organisations against the police
  harassment of The Malaysian Insider and The Edge Media Group). The title line is a
  level-1 Word heading; the five statement paragraphs, the cue line "Issued by the
  following Civil Society Organisations:" and each numbered signatory item
  ("1.Aliran Kesedaran Negara (Aliran)" followed by the Chinese name) are plain
  paragraphs, one per line, numbering kept as written (item 7 is missing in the
  source, item 12 is cut off by the stored window). No table, no bullets.
- yz05_docslib-hrd-harassment-ros-summons.pdf: the stored page text of docslib.org
  (Malaysia, 7 November 2012, press statement "String of Harassment against Human
  Rights Defenders Must Stop!"). A4, DejaVu Sans: the date line is a 10 pt paragraph,
  the title a 14 pt bold heading, then five body paragraphs, "Thank you.",
  "Signed by:" and the signatories as ONE run-on paragraph ("1. ... 2. ... 3. ..."),
  exactly as the stored text has them; the seventh name is cut off by the window.
Both are built by the shared builder with a fixed date, so two builds give identical bytes.

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
    "yz04_llg-tmi-edge-media-harassment": (
        "Respect Malaysians’ Right to be Informed and End Harassment to TMI and The Edge Media Group"
    ),
}
PDF: dict[str, str] = {
    "yz05_docslib-hrd-harassment-ros-summons": (
        "String of Harassment against Human Rights Defenders Must Stop!"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
