#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the os blind extraction set (os02, os06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` through the shared builder ``gold_docs.py`` (python-docx, fpdf2; fixed
creation dates and zip timestamps: two builds give identical bytes).

Both texts are the real text of stored web pages, as held by the stored web-page corpus (see
``sources.csv``); only the markers of the shared builder were added ("# " before the
headline, "## " before a sub-heading; the stored "- " demands are the source's own bullets):

  os02  DOCX: Action Network petition "Reject Terrorist Leader al-Julani; Protect Syria's
        Minorities" (2025): the petition's title as a Word heading 1, the addressee line and
        a stray ".jpg)" line (an image caption left in the stored page) as paragraphs, the
        nine demands as Word "List Bullet" paragraphs, then the ten sponsors, one Word
        paragraph each as "Name, role/affiliation" with no cue, then two rule lines, "To:"
        and the cut start of the addressee block ("Secretary-General of the United
        Nations, Ant").
  os06  PDF: vienna.at news (undated; after the fall of Assad) on the joint press
        conference of asylkoordination Austria and the Austro-Syrian Association against
        deportation debates: the headline
        as a PDF heading, the sub-heading "Criticism of Politicians" as a PDF sub-heading,
        each stored paragraph a PDF paragraph (stored empty lines left out); the window cuts
        the last sentence ("This would al").

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

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {
    "os02_actionnetwork-reject-al-julani-protect-syrias-minorities": (
        "Reject Terrorist Leader al-Julani; Protect Syria's Minorities"
    ),
}
PDF: dict[str, str] = {
    "os06_vienna-asylkoordination-austro-syrian-association-criticism": (
        "Asylum Coordination and Austro-Syrian Association Express Criticism"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
