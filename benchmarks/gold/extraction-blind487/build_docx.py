#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sb blind extraction set (sb04, sb05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  sb04  Doctors for the Environment Australia (dea.org.au) media release of 2020 on the joint
        letter of Australia's peak medical groups to Prime Minister Scott Morrison (climate and a
        healthy recovery from COVID-19), cut by the corpus inside the quoted letter. The
        breadcrumb line is a paragraph, the page title a heading 1, the sub-title ("Joint letter
        from DEA, AMA, ...") a heading 2, every stored paragraph a PDF paragraph.
  sb05  Scoop (NZ) press release of April 2022: health-sector NGOs' open letter to Christopher
        Luxon and David Seymour supporting the Maori Health Authority. The headline became the
        Word heading 1, "Letter" and "Organisations that support this letter" Word headings 2,
        each stored paragraph a Word paragraph; the supporters' names are kept as stored (three
        names run together in one paragraph, then "ASH NZ").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sb04  PDF: a breadcrumb paragraph, a heading 1, a heading 2 (abbreviated signers), four
        paragraphs (the third "The letter is signed by A (X), B (Y), ..."), "The letter states,
        in part:" and one quoted paragraph (cut).
  sb05  DOCX: a heading 1, two lead paragraphs, a heading 2 "Letter", five letter paragraphs,
        a heading 2 "Organisations that support this letter", a cue paragraph, a paragraph of
        three run-together names, a paragraph "ASH NZ", a closing paragraph.

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
    "sb05_scoop-health-ngos-open-letter-maori-health-authority": (
        "Health Sector NGOs Support M\u0101ori Health Authority In Open Letter To National/Act"
    ),
}
PDF: dict[str, str] = {
    "sb04_dea-peak-medical-groups-joint-letter-healthy-recovery": (
        "Media release: Australia\u2019s peak medical groups unite for a climate-focussed healthy"
        " recovery from COVID-19"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
