#!/usr/bin/env python3
"""Build the two office documents of the blind set pp from texts/ (DOCX and PDF).

Layout:
- pp07_samhjalp-mannudarkrisa-neydarfundur-flottafolk.docx: the stored page
  text of samhjalp.is (Samhjalp, Reykjavik, late August 2023: joint statement
  of 28 Icelandic organisations after their emergency meeting on the
  humanitarian crisis caused by the new Foreigners Act, which strips rejected
  asylum seekers of all services). One long plain paragraph (the statement),
  then the 28 signing organisations as Word "List Bullet" paragraphs, one per
  organisation, in the order of the page, then the page's closing word
  "Comments" as a plain paragraph. No heading: the stored text has no title.
- pp08_altinget-31-fagforbund-lov-om-fattigdom.pdf: the stored page text of
  altinget.dk (Altinget, social section, topic listing: debate piece of 31
  Danish unions and social organisations asking for a Danish poverty law).
  The piece's headline as a bold 14 pt heading, then the standfirst as a plain
  paragraph, then the byline line "Kirkens Korshaer, FOA, Red Barnet m.fl." as
  a plain paragraph, in DejaVu Sans 10 pt on A4.
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
    "pp07_samhjalp-mannudarkrisa-neydarfundur-flottafolk": ("Mannúðarkrísa á Íslandi"),
}
PDF: dict[str, str] = {
    "pp08_altinget-31-fagforbund-lov-om-fattigdom": (
        "31 fagforbund og sociale organisationer: Det er tid til, at Danmark får en lov om fattigdom"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
