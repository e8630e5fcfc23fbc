#!/usr/bin/env python3
"""Build the DOCX document of the gd blind extraction set (gd01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a page of the RAICYT site (Red Argentina de Investigadoras e
Investigadores de Ciencia y Tecnología) kept as Hugo Markdown in the repository
``github:fernan/raicyt`` (see ``sources.csv``): the body of the page with its front matter,
the Hugo icon shortcode and the link target left out, the blockquote markers (``>``) of the
forwarded e-mail removed (each line of the e-mail one paragraph) and the Markdown table
turned into tab-separated rows (its cells' padding spaces trimmed, the ``|---|`` rule line
left out). The page's title became the Word heading 1 and the table a Word table whose first
(bold) row is the table's own header ("Name", "Category Prize", "Year"). Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Layout:
  gd01  DOCX: RAICYT's page of 6 March 2024 on the letter of 68 Nobel laureates to President
        Javier Milei about Argentine science: a heading, an introductory paragraph, the
        covering e-mail of Sir Richard J. Roberts (English and Spanish lines, his signature
        block with title, company and address), a link paragraph, the cue paragraph ("Estos
        son los 68 Premios Nobel que firman la carta:") and a 3-column Word table of 68
        rows "Name | Category Prize | Year".

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
    "gd01_raicyt-carta-68-premios-nobel-milei": ("Carta de 68 Premios Nobel al Presidente Milei"),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
