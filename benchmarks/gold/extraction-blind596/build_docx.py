#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wn blind extraction set (wn02, wn06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page):

  wn02  Bahrain Forum for Human Rights (bfhr.org, English pages): the joint submission of Salam for
        Democracy and Human Rights, the Gulf Institute for Democracy and Human Rights, the Bahrain
        Forum for Human Rights and Human Rights Sentinel to the 41st session of the UN Universal
        Periodic Review working group on Bahrain, cut by the corpus at the start of a bullet
        ('- The'). The stored first line runs the page title, the four authors and the start of the
        introduction together; it is kept as one PDF paragraph, as stored.
  wn06  Barakish (via yemeress.com), Arabic: five local organisations in Taiz launch an appeal to
        lift the siege of the city at a press conference; the organisations are named in brackets
        inside one sentence. One stored paragraph, cut by the corpus inside a word at the end.

The document titles (metadata) are the first words of each stored text.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wn02  PDF: one long paragraph (title, authors, 'Introduction - ...' first point), then six
        bullets (the stored '- ' lines; the builder draws the dash as a bullet), the last cut
        ('The').
  wn06  DOCX: one Word paragraph (Arabic, right-to-left text as stored; no heading is added: the
        stored text has no title line).

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "wn06_barakish-five-taiz-organisations-siege-appeal-yemen": (
        "\u0623\u0637\u0644\u0642\u062a \u062e\u0645\u0633 \u0645\u0646\u0638\u0645\u0627\u062a \u0645\u062d\u0644\u064a\u0629 \u0646\u062f\u0627\u0621 \u0627\u0633\u062a\u063a\u0627\u062b\u0629 \u0644\u0641\u0643 \u0627\u0644\u062d\u0635\u0627\u0631"
    ),
}
PDF: dict[str, str] = {
    "wn02_bfhr-salam-gidhr-bfhr-sentinel-joint-upr-submission-bahrain": (
        "Universal Periodic Review Bahrain Joint Submission to the UN Universal Periodic Review"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
