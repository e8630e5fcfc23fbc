#!/usr/bin/env python3
"""Build the DOCX document of the if blind extraction set (if05) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a Faith in Public Life press release (23 February 2017) as
held by the stored web-page corpus (https://www.faithinpubliclife.org/news/4000-faith-
leaders-oppose-trumps-forthcoming-executive-action-targeting-refugees-from-muslim-majority-
countries/, see ``sources.csv``): the page's two chrome lines ("fbpx", "Skip to Content")
left out, its first title line made the Word heading 1 and its repeated title (the press
release's own headline) a heading 2, every other paragraph one Word paragraph, word for word,
ending where the stored text ends (cut inside the last signer's organisation, its trailing
space dropped). Nothing here decides who signed: the labels in ``labels/`` were written by
reading.

Layout:
  if05  DOCX: a press release: heading, "FOR IMMEDIATE RELEASE", date, a media contact
        paragraph ("Name, e-mail, phone"), the headline again as heading 2, two paragraphs
        of text and a quote from the petition, then one paragraph naming five endorsers
        inline, "Prominent leaders who have endorsed the petition include: Title Name,
        Office, Organisation; ..." (semicolon-separated "Name, Role, Organisation" items).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "if05_faithinpubliclife-4000-faith-leaders-refugees": (
        "4,000 Faith Leaders Oppose Trump’s Forthcoming Executive Action Targeting Refugees"
        " from Muslim-Majority Countries"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
