#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tx blind extraction set (tx04, tx08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (nothing added, nothing changed but the one heading marker of tx08):

  tx04  Institute for Democracy "Societas Civilis" Skopje (idscs.org.mk, North Macedonia) post of
        18 February 2016: the letter of four Macedonian civil-society organisations to the
        stakeholders of the Przino Agreement ("Your Excellencies") recommending to postpone the
        early parliamentary elections. The stored text (the whole short page, 1,756 bytes) has no
        headline: it starts with an image caption ("20160218 logo"), and ends with "Sincerely
        yours," and the four signing organisations, one a line. Every stored line is a PDF
        paragraph; the PDF title (metadata only) is taken from the page address.
  tx08  Libela (libela.org, Croatia) announcement of 2014 "Zajednička akcija" - "Zločini u Oluji
        su odgovornost svih nas": four civil-society organisations of Bosnia and Herzegovina and
        Croatia announce a joint commemoration of the victims of Operation Storm (Oluja) in
        Sarajevo and Zagreb. The organisations are named in the lead sentence (with places in
        brackets) and again in the closing block "Za <organisation>" followed by the name of the
        person signing for it (one paragraph each). The stored text (the whole page, 1,148
        bytes) starts with the category labels "Uncategorized" and "Zajednička akcija" and
        repeats the title; the first title line is the Word heading 1, every other stored line a
        Word paragraph (including one paragraph holding a single space, as stored).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tx04  PDF: thirteen paragraphs - image caption, salutation, six body paragraphs, "Sincerely
        yours," and the four signers, one paragraph each.
  tx08  DOCX: two paragraphs (category labels), a heading 1 (title), a paragraph (title again),
        three body paragraphs, a one-space paragraph, then eight paragraphs alternating
        "Za <organisation>" and the person's name.

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
    "tx08_libela-zlocini-u-oluji-zajednicka-akcija": (
        "\u201cZlo\u010dini u Oluji su odgovornost svih nas\u201d"
    ),
}
PDF: dict[str, str] = {
    "tx04_idscs-civil-society-reaction-macedonian-elections": (
        "Civil society reaction regarding Macedonian elections"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
