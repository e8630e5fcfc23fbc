#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the twenty-fourth blind extraction set (zy series) from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx) or ``docs/<stem>.pdf`` (fpdf2, DejaVu Sans) through the
shared builder ``gold_docs.build_set`` (fixed creation dates and zip timestamps: two builds
give identical bytes). The texts are the real texts of public statements as held by the
stored web-page corpus (see ``sources.csv``); only paragraph breaks and the signature lines
were turned into document structure. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layouts:
  zy05  PDF: the support list ("Popierają nas / Lista wsparcia") of the Nauka Niepodległa
        protest, grouped under bold city headings (Gdańsk, Białystok, ... Poznań) with one
        bullet line per supporting body, link markers such as "[link]" and "[pdf]" kept as
        text; a page break inside the Łódź group, so the list crosses a page; the last
        heading (Poznań) keeps no item because the stored page is cut inside its first item.
  zy06  DOCX: the joint note of the Brazilian trade-union centrals (8 January 2023) as
        reposted by Rádio Peão Brasil; the news heading and body as Word paragraphs, then
        the six signature lines "Name, Presidente da X" as a two-column Word table
        (Nome | Cargo, split at the first comma; the header row is added by this builder),
        the last row cut by the corpus ("NCST (Nova C").

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 2, 12, 0, 0)

DOCX: dict[str, str] = {
    "zy06_radiopeaobrasil-nota-centrais-sindicais": (
        "Nota unitaria das centrais sindicais, 8 de janeiro de 2023"
    ),
}
PDF: dict[str, str] = {
    "zy05_naukaniepodlegla-lista-wsparcia": "Nauka Niepodlegla: lista wsparcia",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
