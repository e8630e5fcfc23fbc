#!/usr/bin/env python3
"""Build the two office documents of the blind set yw from texts/ (DOCX and PDF).

Layout:
- yw04_burkinanews-undd-fpr-osc-marche-cfop.docx: the stored page text of
  burkinanews.info (Burkina Faso, 29 June 2021, call by opposition parties and
  associations to join the CFOP march-meeting of 3 July 2021), one Normal paragraph
  per line, no heading (the stored window has no title line); the nine signers are
  nine paragraphs "Pour <organisation> : <title> <person>", the first one sharing its
  paragraph with the cue "Ont signe :".
- yw05_guineeactu-deuxieme-declaration-geneve.pdf: the stored page text of
  guineeactu.info (Guinea, 7 August 2012, "Deuxieme Declaration de Geneve" of Guinean
  intellectuals and friends of Guinea met in Geneva), two A4 pages in DejaVu Sans: the
  title as a bold heading, the two cues "Signataires presents :" and "Autres
  signataires :" as bold sub-headings, then one numbered paragraph per signer
  ("n. Name, role/affiliation, place"); the last item is cut as in the stored window.
Both are built by the shared builder with a fixed date, so two builds give identical bytes.

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
    "yw04_burkinanews-undd-fpr-osc-marche-cfop": (
        "Declaration des partis politiques et OSC pour la marche-meeting du 3 juillet 2021"
    ),
}
PDF: dict[str, str] = {
    "yw05_guineeactu-deuxieme-declaration-geneve": ("Deuxieme Declaration de Geneve"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
