#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wb blind extraction set (wb01, wb10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; the only changes are the layout markers named below:

  wb01  Öryrkjabandalag Íslands (obi.is) news item of 26 January 2007: the statement of the
        chairs of Landssamband eldri borgara, Sjálfsbjörg landssamband fatlaðra and
        Öryrkjabandalag Íslands that their federations take no part in the announced
        candidacies of disabled and elderly people for the Althing (Icelandic). The stored page
        is whole: the site's "Skip to main content" and "Frétt" lines, the title, the by-line
        ("By 26. janúar 2007No Comments", run together as stored), two paragraphs, then the
        three signers, each as a name paragraph followed by an office paragraph ("Form.
        <organisation in the genitive>").
  wb10  Lietuvos profesinių sąjungų konfederacija (lpsk.lt) post of 9 December 2008, "Piketas už
        dirbančiuosius": the statement of the three Lithuanian union centres against the
        government programme (Lithuanian). The stored page is whole: the three centres named in
        the first sentence and again as a signature block, one line each; the stored line
        holding only a space (before the signature block) is left out.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wb01  DOCX: two paragraphs ("Skip to main content", "Frétt"), the title a heading 1, the
        by-line and the two body paragraphs, then six paragraphs alternating name / office.
  wb10  PDF: the title a heading 1, three body paragraphs, then three one-line paragraphs
        (the signature block).

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
    "wb01_obi-chairs-leb-sjalfsbjorg-obi-statement-althingi-candidacies": (
        "Yfirlýsing frá formönnum Landssambands eldri borgara, Sjálfsbjargar landssambands"
        " fatlaðra og Öryrkjabandalags Íslands."
    ),
}
PDF: dict[str, str] = {
    "wb10_lpsk-three-union-centres-picket-statement": "Piketas už dirbančiuosius",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
