#!/usr/bin/env python3
"""Build the two office documents of the blind set jy from texts/ (DOCX and PDF).

Layout:
- jy06_roadcc-130-groups-open-letter-low-traffic-neighbourhoods.docx: the
  stored page text of road.cc (UK cycling news site; undated in the window,
  2020 by its content: more than 100 organisations sign an open letter
  supporting Low Traffic Neighbourhoods). The site banner line ("Like this
  site? Help us to make it better.") is a plain paragraph, the article title
  is a Word Heading 1, then the standfirst, the article paragraphs and the
  two related-article links (lines beginning with ">") as plain paragraphs;
  the last paragraph, the start of the letter text ("We, the undersigned,
  ..."), is cut where the stored window ends ("who are wor").
- jy07_youanimal-oipa-enpa-nota-congiunta-orsa-jj4.pdf: the stored page text
  of youanimal.it (Italian animal news site; after the court order of
  31 July 2020: the Trento administrative court keeps the kill order against
  the bear JJ4 suspended; OIPA and ENPA comment in a joint note). No
  heading: four plain paragraphs in DejaVu Sans 10 pt on A4, the last one
  cut where the stored window ends ("Basta ordinanze di abbattimento
  emanate").
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
    "jy06_roadcc-130-groups-open-letter-low-traffic-neighbourhoods": (
        "130 groups unite in open letter supporting Low Traffic Neighbourhoods"
    ),
}
PDF: dict[str, str] = {
    "jy07_youanimal-oipa-enpa-nota-congiunta-orsa-jj4": (
        "youanimal.it - orsa-jj4-fugatti-non-potra-abbatterla-e-catturarla-fino-al-22-ottobre"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
