#!/usr/bin/env python3
"""Build the DOCX document of the nj blind extraction set (nj08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of the CGT Educ'action (ancien.cgteduc.fr,
print view, see ``sources.csv``): the press release of 13 March 2010 of the intersyndicale of
the second degree (SNES-FSU, SNEP-FSU, SNUEP-FSU, CGT Educ'action, SNALC-CSEN, SNCL-FAEN,
SNFOLC) after the strike of 12 March against the Chatel reforms, as held by the stored
web-page corpus. The opening line (the release's title naming the seven unions in
parentheses) became the Word heading 1 and each stored paragraph a Word paragraph (the empty
lines between them dropped), the date last. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  nj08  DOCX: a heading 1 holding the inline list of the seven unions, six statement
        paragraphs (the fourth repeats the seven names inline), the date paragraph.

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
    "nj08_cgteduc-intersyndicale-second-degre-amplifier-mobilisation": (
        "Amplifier la mobilisation"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
