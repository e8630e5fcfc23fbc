#!/usr/bin/env python3
"""Build the two office documents of the blind set is from texts/ (DOCX and PDF).

Layout:
- is05_churchinwales-bishops-call-churches-help-refugees.docx: the stored page
  text of churchinwales.org.uk (Church in Wales provincial press release,
  September 2015: the Archbishop of Wales and the Church in Wales bishops
  issue a joint statement on the refugee crisis). The site's section label
  "Provincial press releases" first as a plain paragraph, then the press
  release title as a Word Heading 1, four plain paragraphs (the fourth names
  the seven signing bishops in one sentence), then "Statement on the refugee
  crisis" as a Word Heading 2 and the two paragraphs of the statement, the
  last one cut where the stored window ends ("practical ac").
- is04_ekklesia-faith-groups-call-end-dsei-arms-fair.pdf: the stored page text
  of old.ekklesia.co.uk (Ekklesia agency report, 7 September 2015: a coalition
  of faith groups - Put Down The Sword, Quakers, London Catholic Worker and
  Pax Christi - call for an end to UK support for the DSEI arms fair). The
  report title as a bold heading, then the by-line, the date line and six
  plain paragraphs in DejaVu Sans 10 pt on A4, the last one cut where the
  stored window ends ("Afghanistan and").
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
    "is05_churchinwales-bishops-call-churches-help-refugees": (
        "Bishops call on churches to help refugees"
    ),
}
PDF: dict[str, str] = {
    "is04_ekklesia-faith-groups-call-end-dsei-arms-fair": (
        "Faith groups unite to call for an end to the DSEI arms fair"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
