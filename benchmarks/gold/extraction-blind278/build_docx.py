#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jn blind extraction set (jn02, jn06) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  jn02  Centri civilnih inicijativa (cci.ba), press release of 30 May 2013 "85% GRAĐANA
        PODRŽAVA AKTUELNE OTVORENE LISTE!" of Bosnian civil-society organisations against
        closed electoral lists, as held by the stored web-page corpus (cut after the number
        "28" of the list). The date is the first paragraph, the headline a Word heading 1,
        the four statement paragraphs Word paragraphs, and the numbered list of
        organisations (no cue) a 27-row, two-column Word table "number | organisation"
        (the first row set in bold by the shared builder; no header row added; item 10,
        broken over two lines in the stored text, "Helsinški / odbor za ljudska prava RS",
        is one cell); the cut "28" stays as a last paragraph.
  jn06  Humanitarian Law Center (hlc-rdc.org), letter of 26 February 2008 of three Slovenian
        NGOs to the Serbian ambassador in Ljubljana after the attack on the FHP, as held by
        the stored web-page corpus: the title a heading, the address block, salutation and
        body as paragraphs, a page break before the closing "S spoštovanjem," so that the
        three signature lines "Name, office Organisation" stand on page 2 (the site's
        trailing "Share" left out).

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

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "jn02_cci-otvorene-liste-izborni-zakon-ocd": "85% GRAĐANA PODRŽAVA AKTUELNE OTVORENE LISTE!",
}
PDF: dict[str, str] = {
    "jn06_hlc-odziv-napad-fhp-slovenske-nvo": "Odziv na napad Fonda za humanitarno pravo iz Beograda",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
