#!/usr/bin/env python3
"""Build the DOCX document of the mr blind extraction set (mr01) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of FESSP-ESP (fessp-esp.org.br/?p=7076, see
``sources.csv``): the "Nota de repúdio ao governador João Doria" of the Frente Paulista em
Defesa do Serviço Público (São Paulo, November 2019), as held by the stored web-page corpus.
The post title became the Word heading 1, the note's own title a Word heading 2, each
stored paragraph a Word paragraph (the blank lines dropped), the cue, split over two lines
in the stored text ("Assinam esta" / "Nota"), one paragraph "Assinam esta Nota", and each of
the four grouped signer lines ("Centrais: Pública e NCST", ...) one row of a two-column Word
table (group | signers, the colon dropped). Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Layout:
  mr01  DOCX: a section paragraph, heading 1, heading 2, three statement paragraphs, the
        cue paragraph "Assinam esta Nota", then a 4-row Word table "group | signers" (the
        table's first row is set in bold by the shared builder), then the site's comment
        form text as two paragraphs.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "mr01_fessp-repudio-doria-casa-mulher-brasileira": "NOTA DE REPÚDIO CONTRA JOÃO DORIA",
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
