#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xk blind extraction set (xk05, xk08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xk05  Forum post (lecrc.forumactif.fr) relaying the joint statement of French education
        organisations - a parents' federation, teachers' and education unions, a school students'
        union and a university students' union - against the administrative and judicial
        repression of mobilised lycée students (France, 2018-2019). The whole stored text (four
        paragraphs, 813 characters): three paragraphs of the statement, then one paragraph that
        lists the eight signers with no cue ("FCPE, FERC-CGT, ..., UNL, UNEF."). Each stored
        paragraph a PDF paragraph; no heading (the stored text has none). The PDF title is the
        page's address slug, not part of the visible text.
  xk08  Vereniging Openbaar Onderwijs (voo.nl) news item of 20 April 2020: a letter of ten
        Dutch parents' organisations to minister Slob on education during the coronavirus
        crisis. The stored text (1,993 characters, cut by the corpus inside the site's closing
        news teaser at "wordt de we"): the title became the Word heading 1, every other stored
        line a Word paragraph (empty lines dropped), the site's staff box, newsletter and
        helpdesk lines kept as stored.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xk05  PDF: four paragraphs (statement x3, then the signers' list "FCPE, FERC-CGT, FNEC FP-FO,
        FSU, SGEN-CFDT, SUD Education, UNL, UNEF.").
  xk08  DOCX: a heading 1 "Brief van ouderorganisaties naar minister Slob", a date paragraph,
        the lead paragraph, the paragraph "De brief is inclusief de Vereniging Openbaar
        Onderwijs door tien ouderorganisaties ondertekend. ...", the quoted chair's paragraph,
        the demands paragraph, then one paragraph per stored line of the site's links, staff
        box ("Marco Frijlink", "Voorzitter", ...), newsletter and helpdesk block (cut).

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
    "xk08_voo-ouderorganisaties-brief-minister-slob": (
        "Brief van ouderorganisaties naar minister Slob"
    ),
}
PDF: dict[str, str] = {
    "xk05_lecrc-intersyndicale-repression-lyceens": (
        "intersyndicale expression du monde educatif contre la repression des lyceens mobilises"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
