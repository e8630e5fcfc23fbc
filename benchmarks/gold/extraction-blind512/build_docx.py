#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the th blind extraction set (th01, th02) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  th01  Prescrire (prescrire.org, French site) page of 16 September 2014 on the joint open letter
        of European health, patients', consumers' and professional organisations to Commission
        President Juncker against moving medicines policy to DG Enterprise: a date line, the
        title ("Lettre ouverte conjointe de 28 organisations au Président Juncker. ..."), a
        download link, "Signataires, par ordre alphabétique :" and one line a signer (24 lines,
        although the title says 28), then the copyright line and the link again. The stored page
        is whole (1,510 characters).
  th02  European Public Health Alliance (epha.org) page with the letter of 29 March 2023 to
        Commission President von der Leyen and First Executive Vice-President Timmermans on the
        delayed publication of the revised EU pharmaceutical legislation, signed by patients',
        consumers' and health organisations in a numbered list "N. Organisation[, Country]"; the
        corpus window ends in the seventh item ("7. European Public Health Alliance ").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  th01  DOCX: a paragraph (date line), a Word heading 1 (the stored title line, three sentences,
        kept whole), a paragraph (download link), a Word heading 2 "Signataires, par ordre
        alphabétique :", 24 Word "List Bullet" paragraphs (one signer each, text as stored), a
        paragraph (copyright line) and a paragraph (download link again).
  th02  PDF: a heading 1 (the stored title line), two addressee paragraphs, the place and date,
        the salutation, five body paragraphs, then seven numbered paragraphs as stored
        ("1. AIDES, France", ...; the trailing blank of the last, cut item kept). The stored empty
        lines were not kept (the builder makes one paragraph a line).

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
    "th01_prescrire-28-organisations-lettre-ouverte-juncker": (
        "Lettre ouverte conjointe de 28 organisations au Pr\u00e9sident Juncker"
    ),
}
PDF: dict[str, str] = {
    "th02_epha-letter-von-der-leyen-delayed-pharma-legislation": (
        "Letter to Commission President on the delayed publication of the EU pharmaceutical"
        " legislation revision"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
