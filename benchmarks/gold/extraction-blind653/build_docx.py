#!/usr/bin/env python3
"""Build the DOCX and PDF documents of blind set yt from texts/<stem>.txt.

yt09_forfatteropprop-flyktningpolitikk.docx: a Norwegian writers' appeal
(Den norske Forfatterforening page, stored web page text). Layout: a level-1
heading (the title), plain paragraphs (teaser, tag word, the appeal text, the
call to join), one bullet paragraph (the link to Dagsavisen), the cue line
"Folgende forfattere har sa langt sluttet seg til:" and then one plain
paragraph per signer: 40 personal names, no roles, no organisations.

yt10_bondelaget-ntp-klimaopprop.pdf: a Norwegian appeal on the national
transport plan (Norges Bondelag news page, stored web page text). Layout: an
opening paragraph, a bold level-1 title, two body paragraphs, a bold level-2
cue "Organisasjoner som har undertegnet:" followed by ONE long comma-separated
paragraph of 50 organisation names (last joined with "og"), then a bold
level-2 cue "Fylkesordforere som har undertegnet:" followed by three
paragraphs "Name, Fylkesordforer i County". A4, DejaVu Sans, one page.

Both are built deterministically (fixed dates): two runs give identical bytes.

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
    "yt09_forfatteropprop-flyktningpolitikk": (
        "Forfatteropprop for verdighet og anstendighet i flyktningpolitikken"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
