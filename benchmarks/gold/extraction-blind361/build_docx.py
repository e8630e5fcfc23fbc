#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the na blind extraction set (na05, na10) from texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  na05  civilsocieties.org on the Okoa Uchumi Initiative (Kenya, Finance Bill): the four
        stored paragraphs, one Word paragraph each (the members of the coalition inline in
        the second paragraph). The stored text has no headline; the document title in the
        core properties is taken from the page address's slug.
  na10  beenasarwar.com media note of January 2012 on the citizens' statement about
        Pakistan's democratic process and the safety of human rights defenders: the stored
        title line became a PDF heading ("# "), the stored line "Media note: Citizens
        express concern ..." a PDF sub-heading ("## "), every other stored paragraph a PDF
        paragraph (the long inline list of signatories wraps over several lines; the text
        is cut by the corpus after "artists N").

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

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "na05_civilsocieties-okoa-uchumi-initiative-finance-bill": (
        "The Okoa Uchumi Initiative threaten civil action but will they get it to work"
    ),
}
PDF: dict[str, str] = {
    "na10_beenasarwar-media-note-memogate-statement-signatories": (
        "Media note on Statement about Pakistan democracy, human rights defenders"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
