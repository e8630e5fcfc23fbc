#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lt blind extraction set (lt02, lt08) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) or ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

- lt02: the LDH page (ldh-france.org) with the joint communiqué of 12 December 2023 calling
  on the French government to withdraw the immigration bill after the Assemblée nationale's
  "motion de rejet préalable". The page's header line "Communiqué commun dont la LDH est
  signataire" became the Word heading 1; every stored paragraph a Word paragraph, the
  signers kept inline in the one paragraph "Organisations signataires : A, B, ..." as stored.
- lt08: the lelezard.com copy of the CNW media notice of 1 December 2023 (Montréal) for the
  tenants' demonstration against Quebec's Bill 31: the headline became the PDF heading, each
  stored paragraph a PDF paragraph (the empty lines of the stored text left out), the
  "Source:" block kept as its three "*Name" lines.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  lt02  DOCX: a heading 1, four statement paragraphs, one paragraph holding the cue
        "Organisations signataires :" and the 33 signers separated by commas, the dateline.
  lt08  PDF: a bold heading, "Quoi:/Quand:/Où:" lines, the lead paragraph naming the three
        groups, two paragraphs, a "Contact:" block (two persons with their groups), the
        "Source:" block with three "*Name (ACRONYM)" lines, a "SOURCE ..." line and the
        distribution footer.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "lt02_ldh-communique-commun-retrait-projet-loi-immigration": (
        "Communiqué commun dont la LDH est signataire"
    ),
}
PDF: dict[str, str] = {
    "lt08_lelezard-avis-medias-flip-rclalq-projet-loi-31": (
        "Avis aux médias - Projet de loi 31: Des centaines de locataires attendus à Parc-Extension"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
