#!/usr/bin/env python3
"""Build the two office documents of the blind set zf from texts/ (DOCX and PDF).

Layout:
- zf09_nordot-shiga-shiminnokai-seisaku-kyotei.docx: the stored page text of a
  nordot.app news item (Shiga, Japan, October 2021, before the general election:
  the citizens' group for repealing the security laws signs policy agreements with
  the prefectural organisations of four opposition parties), in Japanese, one Word
  paragraph per line, no heading (the stored text has no title line; its leading
  empty line is left out); the signers are named only in prose in the first two
  paragraphs; the text ends where the stored window ends, mid-sentence.
- zf10_gensuikin-suttsu-kamoenai-moshiire.pdf: the stored page text of the
  Gensuikin (Japan Congress Against A- and H-Bombs) tag page on nuclear waste
  (Hokkaido, 26 October 2020, protest visit of three groups to Kamoenai and Suttsu
  over the nuclear waste site survey, a joint statement handed over), in Japanese:
  the post title as a bold 14 pt heading, the posting date as a plain paragraph,
  the second title line as a bold 11 pt sub-heading, then plain paragraphs at
  10 pt on A4; the signers are named in one prose sentence.

Japanese glyphs: the shared builder sets DejaVu Sans, which has no CJK glyphs (the
text layer would lose every Japanese character). This script therefore hands the
shared builder a fallback font, IPAexGothic (Debian package
fonts-ipaexfont-gothic, /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf)
(build_set(..., fallback=...)), so Japanese runs are set in IPAexGothic (regular, also inside the
bold headings) and Latin runs and digits stay in DejaVu Sans. The DOCX needs no font.
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
FONT = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")


DOCX: dict[str, str] = {
    "zf09_nordot-shiga-shiminnokai-seisaku-kyotei": (
        "\u5e02\u6c11\u306e\u4f1a\u3057\u304c\u30684\u91ce\u515a\u306e\u770c\u7d44\u7e54\u304c\u653f\u7b56\u5354\u5b9a"
    ),
}
PDF: dict[str, str] = {
    "zf10_gensuikin-suttsu-kamoenai-moshiire": (
        "\u795e\u6075\u5185\u6751\u30fb\u5bff\u90fd\u753a\u3001\u300c\u6587\u732e\u8abf\u67fb\u300d\u3078\u306e\u5fdc\u52df\u6297\u8b70\u7533\u5165\u308c"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:], fallback=("IPAexGothic", FONT))
