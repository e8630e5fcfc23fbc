#!/usr/bin/env python3
"""Build the two office documents of the blind set ze from texts/ (DOCX and PDF).

Layout:
- ze08_thedawn-papa-cpa-unmiss-mandate.docx: the stored page text of thedawn.com.ss
  (The Dawn, Juba, South Sudan, May 2025: the Pan-African Peacemakers Alliance and the
  Center for Peace and Advocacy call on UNMISS to keep monitoring and reporting
  violations after the Security Council extended its mandate), one paragraph per line;
  the newspaper masthead is a level-1 Word heading and its slogan a level-2 heading,
  the byline and the article follow as plain paragraphs. The signers are named only
  in prose in the first paragraph of the article.
- ze09_minbane-khartoum-rc-tripartite-mechanism.pdf: the stored page text of
  minbane.wordpress.com (joint press release of the Khartoum State Resistance Committees
  Coordination of 16 May 2022 on its meeting with the UNITAMS/AU/IGAD tripartite
  mechanism), the post title as a bold 14 pt heading, three plain paragraphs in
  DejaVu Sans 10 pt on A4, "Signed by:" as a bold 11 pt sub-heading, the six signing
  coordinations as bullet items, then the blog's comment-form lines as they were
  stored (the text ends where the stored window ends, mid-sentence).
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
    "ze08_thedawn-papa-cpa-unmiss-mandate": (
        "Human rights groups urge UN mission to continue investigating violations"
    ),
}
PDF: dict[str, str] = {
    "ze09_minbane-khartoum-rc-tripartite-mechanism": (
        "Khartoum State Resistance Committees Coordination - The Meeting with The Tripartite Mechanism - Joint Press Release"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
