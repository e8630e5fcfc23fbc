#!/usr/bin/env python3
"""Build the two office documents of the blind set zj from texts/ (DOCX and PDF).

Layout:
- zj07_dailyclick-kctu-progressive-parties-2022-election.docx: the stored page text of
  dailyclick.net (Korea, a news item on the Korean Confederation of Trade Unions and
  five progressive parties launching a joint body for the 2022 presidential election),
  one paragraph per line, no heading (the stored text has no title line); the page
  repeats its two news paragraphs, and both copies are kept; the last paragraph is the
  site's comment-login line.
- zj08_prolabour21-farmers-rally-resolution-2022.pdf: the stored page text of
  prolabour21.com (Korea, a news item on the national farmers' rally in Yeouido held by
  three farmers' and food bodies, with their resolution), plain 10 pt paragraphs on A4,
  no heading (the stored text has no title line); the three organisers are joined by
  middle dots in the first sentence.

Korean glyphs: the shared builder sets DejaVu Sans, which has no Hangul glyphs (the
text layer would lose every Korean character). This script therefore hands the shared
builder a fallback font, NanumGothic (Debian package fonts-nanum,
/usr/share/fonts/truetype/nanum/NanumGothic.ttf) (build_set(..., fallback=...)), so Hangul runs are
set in NanumGothic and Latin runs, digits and punctuation stay in DejaVu Sans. The DOCX
needs no font.
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
FONT = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")


DOCX: dict[str, str] = {
    "zj07_dailyclick-kctu-progressive-parties-2022-election": (
        "KCTU and progressive parties launch joint body for 2022 election"
    ),
}
PDF: dict[str, str] = {
    "zj08_prolabour21-farmers-rally-resolution-2022": (
        "National farmers' rally condemning the government's agricultural policy"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:], fallback=("NanumGothic", FONT))
