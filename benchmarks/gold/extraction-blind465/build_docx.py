#!/usr/bin/env python3
"""Build the PDF document of the rf blind extraction set (rf08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) through the shared builder ``gold_docs.py`` (fixed creation date: two builds give
identical bytes).

The text is the real text of a post of the MST site kept on GitHub
(movimento-sem-terra/site-novo@280e0303d5bb11535b8b9c3b43b6e0d0c491c506:
_posts/2019/08/2019-08-02-entidades-e-sociedade-civil-mobiliza-se-para-impedir-a-circulacao-do-livro-orixas-caboclos-e-guias-deuses-ou-demonios-de-edir-macedo.md,
see ``sources.csv``): the call of the Coletivo de Entidades Negras, ACBANTU and CENARAB to
join, as assistants, the public civil action against the book of Edir Macedo (August 2019).
HTML entities were decoded and tags removed; the post's title became the heading, its
support line and each paragraph a paragraph, the bold sub-titles sub-headings, the link text
"relatório" kept in its sentence. The four subscribing entities stay one a line as in the
source; a page break was put inside the list, after the second entity. Nothing here decides
who signed: the labels in ``labels/`` were written by reading.

Layout:
  rf08  PDF: a heading, the support line, the credit, four sub-headings with their
        paragraphs, the invitation, the cue "Subscrevem esse documento as entidades abaixo
        relacionadas:", two entities, a page break, two more entities.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "rf08_mst-cen-acbantu-cenarab-livro-edir-macedo": (
        "Entidades e sociedade civil mobiliza-se para impedir a circulação do livro de Edir Macedo"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
