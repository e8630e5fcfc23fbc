#!/usr/bin/env python3
"""Build the DOCX document of the fn blind extraction set (fn09) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of the ADECRA+CEDIM news archive (Argentine private
health-care chambers) kept as Markdown in the repository ``github:miclusty/comunicacion-adecra``
(see ``sources.csv``): the body of the post with its front matter left out, the link's target
dropped (its text, the Infobae address itself, kept after "FUENTE:") and its blank-line
paragraph breaks kept as paragraph ends. The post's title (as the front matter gives it, with
its stray closing quote) became the Word heading 1; every other paragraph is a plain Word
paragraph. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  fn09  DOCX: Infobae's item of 14 July 2020 on the statement "Unidos en la diversidad"
        (Argentina), reposted by ADECRA+CEDIM: a heading, a lead paragraph, the source line,
        then the signers named inline in one sentence of plain prose ("Entre las firmas se
        destacan los nombres de A, B, ..., y K, entre otros."), then two quotation
        paragraphs. No list, no cue heading, no Word list style.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "fn09_adecra-infobae-unidos-en-la-diversidad": (
        "Dirigentes de la oposición le pidieron al Gobierno una mesa de diálogo nacional"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
