#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the up blind extraction set (up02, up03) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  up02  Blog "Género con clase" (generoconclase.blogspot.com) post of 30 June 2009:
        "Pronunciamiento de feministas del Paraguay ante el golpe de Estado en Honduras", the
        statement of Paraguayan women and feminist organisations against the coup that ousted
        Manuel Zelaya, with its "Organizaciones firmantes" (the Coordinación de Mujeres del
        Paraguay, the member organisations of that network, one further organisation) and its
        "Adhesiones personales", cut by the corpus inside the persons' list ("Isolina ").
        The post title became the Word heading 1, "Organizaciones firmantes" and "Adhesiones
        personales" Word headings 2, each stored "* " item a Word bullet ("List Bullet", the
        asterisk dropped as the bullet marker), every other stored line a Word paragraph; blank
        lines dropped.
  up03  Montevideo Portal (montevideo.com.uy) news of 2020 on the public declaration of about
        thirty Uruguayan social organisations against the Ley de Urgente Consideración (LUC),
        as held by the stored web-page corpus (the whole stored text, 1,904 characters; it
        starts with the body, without the headline). Each stored line a PDF paragraph; the
        headline of the page (from its address) is only the PDF's title metadata.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  up02  DOCX: a date paragraph, a heading 1, a lead paragraph, five bullets (the demands), a
        place-and-date paragraph, a heading 2 "Organizaciones firmantes", one bullet (the
        network), a cue paragraph "Articulación integrada por las siguientes organizaciones:",
        eleven bullets (ten members, then CIMDE), a heading 2 "Adhesiones personales", nine
        bullets (persons; the last cut to "Isolina ").
  up03  PDF: seven paragraphs; the sixth "Entre otras organizaciones, la declaración la firman
        el A, la B, la C, D, E, F y G." names the signers inline.

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
    "up02_generoconclase-feministas-paraguay-golpe-honduras": (
        "Pronunciamiento de feministas del Paraguay ante el golpe de Estado en Honduras"
    ),
}
PDF: dict[str, str] = {
    "up03_montevideo-treinta-organizaciones-declaracion-luc": (
        "Treinta organizaciones sociales consideran preocupante y peligroso el contenido de LUC"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
