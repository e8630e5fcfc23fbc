#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the jf blind extraction set (jf02, jf03) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  jf02  the "Nota de Imprensa" of 28 February 2008 of the blog of the Portuguese petition for a
        referendum on the Lisbon Treaty (referendoaotratado.blogspot.com), with the personalities
        who signed the petition, one "Name, role" a line; the stored window ends inside the name
        after the last full line ("Hele"), kept as cut. The date line became a paragraph, the
        "Nota de Imprensa" a heading 1, each stored paragraph and each signer line a PDF
        paragraph (the empty lines between some signers left out), with a page break inside
        the list (after "Joana Amaral Dias, ...").
  jf03  the blog post "O tempo dos manifestos" (cronicasdocao.blogspot.com, March 2014) that
        quotes the news report on the manifesto to save the public school: one quoted paragraph
        holding the inline list "subscrito por Name, role, Name (Organisation), ...", then the
        blogger's remarks and the blog's comment footer, each stored line a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  jf02  PDF: a date paragraph, a heading, three paragraphs, 21 signer lines and the cut
        fragment as paragraphs, a page break after the 13th signer line.
  jf03  DOCX: seven Word paragraphs, the first holding the whole inline list.

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
    "jf03_cronicasdocao-tempo-dos-manifestos-escola-publica": ("O tempo dos manifestos"),
}
PDF: dict[str, str] = {
    "jf02_referendoaotratado-personalidades-peticao-referendo": (
        "Nota de Imprensa - Petição pelo Referendo ao Tratado"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
