#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ue blind extraction set (ue01, ue06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, unchanged except for the ``# `` marker on their first line:

  ue01  CENPEC (Centro de Estudos e Pesquisas em Educação, Cultura e Ação Comunitária) news of
        March 2018: "Nota Pública: organizações lamentam assassinato de vereadora Marielle Franco
        e cobram investigação rigorosa", the joint note of education NGOs and foundations after
        the murder of the Rio de Janeiro councillor Marielle Franco, with its "Assinam a nota:"
        list of one name a line; cut by the corpus window (2,000 bytes) right after the line
        "Todos Pela Educação".
  ue06  Blog da Cidadania news of January 2020: "Intelectuais divulgam manifesto contra
        Bolsonaro", the manifesto of the collective Levante da Cultura, with its "Veja quem
        assina o manifesto:" list of "Name - occupation;" lines; cut by the corpus window (2,000
        bytes) inside the nineteenth line ("Antônio Grassi - A").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ue01  DOCX: the headline a heading 1, then every stored line a Word paragraph: the headline
        repeated (as stored), the body paragraph, "#MariellePresente", "Assinam a nota:" and
        one paragraph per signing organisation (21 paragraphs, the last "Todos Pela Educação").
  ue06  PDF: the headline a heading 1, then every stored line a PDF paragraph: photo credit,
        three lead paragraphs, "Veja quem assina o manifesto:" and one paragraph per signer line
        (the fourteenth signer's line broken in two by the page, "... Igualdade Racial" /
        "SEPPIR e Presidente da Fundação Cultural Palmares;"), the last cut ("Antônio Grassi - A").

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
    "ue01_cenpec-organizacoes-nota-publica-assassinato-marielle-franco": (
        "Nota Pública: organizações lamentam assassinato de vereadora Marielle Franco e cobram"
        " investigação rigorosa"
    ),
}
PDF: dict[str, str] = {
    "ue06_blogdacidadania-levante-da-cultura-manifesto-intelectuais": (
        "Intelectuais divulgam manifesto contra Bolsonaro"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
