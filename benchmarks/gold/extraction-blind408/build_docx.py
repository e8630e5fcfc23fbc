#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ox blind extraction set (ox07, ox09) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` through the shared builder ``gold_docs.py`` (python-docx, fpdf2; fixed
creation dates and zip timestamps: two builds give identical bytes).

Both texts are the real text of stored web pages, as held by the stored web-page corpus (see
``sources.csv``):

  ox07  DOCX: "London's Faith Communities Respond to Woolwich Attack" (Association of Muslim
        Lawyers site, aml.org.uk, May 2013): the page title as a Word heading 1, the two
        statement paragraphs as Word paragraphs (the double space after "at this time." kept),
        then the 21 signers, "Name (Organisation)", one a Word "List Bullet" paragraph with no
        cue (one a line in the stored text).
  ox09  PDF: the Canadian Council of Churches news item on the inter-faith statement on Syrian
        refugees drafted by the Canadian Council for Refugees (December 2014): the news
        paragraphs, "Full text:", the "—-" separator, the bilingual statement title as a PDF
        sub-heading, the English statement, "December 2014", the "\u2014\u2013" separator and the French
        version, cut by the corpus window inside "affir[mer]" as stored (no signer list in the
        stored text). Each stored paragraph is one PDF paragraph (the stored empty lines left
        out); no heading was added.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 7, 12, 0, 0)

DOCX: dict[str, str] = {
    "ox07_aml-london-faith-communities-respond-woolwich-attack": (
        "London's Faith Communities Respond to Woolwich Attack"
    ),
}
PDF: dict[str, str] = {
    "ox09_councilofchurches-interfaith-statement-syrian-refugees": (
        "Inter-faith statement on Syrian refugees"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
