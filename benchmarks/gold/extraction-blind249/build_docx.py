#!/usr/bin/env python3
"""Build the DOCX document of the ig blind extraction set (ig04) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a post of La Jornada Zacatecas kept as Markdown (Jekyll, with
the Joomla HTML of the original article) in the repository ``github:ljzac/ljzac.github.io``
(see ``sources.csv``): the body of the post with its front matter, image and HTML markup
(``<p>``, ``<span>``, ``<em>``, ``<strong>``) left out and the empty spacer spans dropped.
The post's title became the Word heading 1, the bold in-text sub-heading ("Fin a la
impunidad") a Word heading 2 and each ``<p>`` paragraph one Word paragraph. Nothing here
decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ig04  DOCX: the news report of 26 April 2013 (New York, La Jornada) on the letter of 23
        members of the US House of Representatives to Secretary of State John Kerry on human
        rights in Mexico: a heading, six news paragraphs, a heading 2, then three paragraphs;
        the last one names the two sponsors and seven of the 23 signers inline in two
        sentences ("La carta fue patrocinada por A, de Virginia, y B, de Texas. Entre los 23
        firmantes se encuentra ... C, así como D, E, F, G, H y I.").

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
    "ig04_ljzac-legisladores-eu-carta-kerry": (
        "Grave, violación de derechos en México: legisladores de EU"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
