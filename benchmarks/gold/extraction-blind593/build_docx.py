#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wk blind extraction set (wk04, wk05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  wk04  Xornal de Galicia copy of the joint statement of the Irish Refugee Council (IRC) and the
        Migrant Rights Centre Ireland (MRCI), Dublin, 4 September 2015, "The five steps the
        Irish government must take to help refugees", cut by the corpus inside the second step
        ("Relocate and resettle mo"). The dateline is a paragraph, the title a heading 1, the
        sub-title ("Joint statement from the Irish Refugee Council (IRC) and the Migrant Rights
        Centre Ireland (MRCI)") a heading 2, every other stored line a PDF paragraph (the
        numbered steps keep their leading spaces and "1." as stored).
  wk05  The Irish Times (Tuairisc, in Irish) of 2019 on the open letter of 200 well-known people
        to the Taoiseach Leo Varadkar and Prime Minister Theresa May asking for an Irish Language
        Act in the North, cut by the corpus inside a quote of Colin Harvey ("Dúirt sé go "). The
        stored text has no headline: each stored paragraph is a Word paragraph; the Word title
        (core properties only) is taken from the page's address.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wk04  PDF: a dateline paragraph, a heading 1, a heading 2 (the two issuers), two quote
        paragraphs, a cue paragraph, a numbered step, its explanation, the cut second step.
  wk05  DOCX: eleven paragraphs, no heading; the signers are named inline in the sixth
        ("I measc lucht scríbhe na litreach tá ...").

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
    "wk05_irishtimes-tuarascail-litir-acht-na-gaeilge-200-duine": (
        "\u00c9ileamh nua d\u00e9anta Acht na Gaeilge a chur i bhfeidhm"
    ),
}
PDF: dict[str, str] = {
    "wk04_xornaldegalicia-irc-mrci-joint-statement-five-steps-refugees": (
        "The five steps the Irish government must take to help refugees"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
