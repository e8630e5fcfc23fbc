#!/usr/bin/env python3
"""Build the DOCX document of the ls blind extraction set (ls08) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The text is the real text of a stored web page of the Fiom-Cgil archive
(archivio.fiom.cgil.it, see ``sources.csv``): the introduction in which the site reports the
letter of 15 November 2005 of the national secretariats of Fim, Fiom and Uilm to the
government on the closure of the magnetic-steel production at Tk-Ast (Terni), followed by
the letter itself, as held by the stored web-page corpus. Each stored paragraph became a
Word paragraph (the source's empty one-space paragraph left out; the double space before
"(presidente Regione Umbria)" and the space before ")" kept as stored); no heading was
added, the page as stored has none. The document title in the Word core properties is the
letter's first words. Nothing here decides who signed: the labels in ``labels/`` were
written by reading.

Layout:
  ls08  DOCX: six Word paragraphs: the site's introduction (the signers named inline with
        the addressees), three paragraphs of the letter, the signature paragraph
        "Segreterie nazionali Fim, Fiom, Uilm" and the place and date.

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
    "ls08_fiom-fim-uilm-lettera-governo-lamierino-terni": (
        "Fim, Fiom, Uilm chiedono un incontro urgente"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
