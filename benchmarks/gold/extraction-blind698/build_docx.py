#!/usr/bin/env python3
"""Build the two office documents of the blind set qv from texts/ (DOCX and PDF).

Layout:
- qv09_exame-centrais-documento-unificado-ocupar-brasilia.docx: the stored page
  text of virginia.exame.com (Exame / Estadao Conteudo, 1 May 2017: the Brazilian
  union centrals CUT, CTB, CSB, UGT, Forca Sindical and Nova Central sign a
  unified May Day document against the Temer reforms). The section label
  "Brasil" is a plain paragraph, the article headline a Word Heading 1, then the
  standfirst, the two photo captions, the agency lines and the body paragraphs
  as plain paragraphs; the site's "Mais de Brasil" box is a Heading 2 followed
  by its four unrelated headlines as plain paragraphs.
- qv06_serageldin-nobel-laureates-declaration-of-support.pdf: the stored page
  text of serageldin.com/sign.htm (list, as of 11 October 1999, of the Nobel
  laureates who signed a declaration of support). The date line and the list
  heading, then one paragraph per numbered signer in DejaVu Sans 10 pt on A4
  (the indentation of the list is dropped), the last one cut where the stored
  window ends ("Polanyi, John C. (Canada), Chemistr").
Both are built by the shared builder with a fixed date, so two builds give
identical bytes.

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
    "qv09_exame-centrais-documento-unificado-ocupar-brasilia": (
        "Centrais divulgam documento unificado prometendo ocupar Brasília"
    ),
}
PDF: dict[str, str] = {
    "qv06_serageldin-nobel-laureates-declaration-of-support": (
        "Individuals who have signed declaration of support"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
