#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the mm blind extraction set (mm01, mm07) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  mm01  DOCX: ladepechedabidjan.info, "COMMUNIQUÉ CONJOINT" of July 2020 (Côte d'Ivoire) in
        which the FIDHOP, the NPR and the RPCI-AC demand the application of the African
        Court's decision on the Independent Electoral Commission (CEI). The corpus's
        " date 2020-07 " prefix was dropped; "COMMUNIQUÉ CONJOINT" became the Word heading 1;
        each stored paragraph (separated by three empty lines in the source) became one Word
        paragraph: the three signers, one a paragraph ("La FIDHOP, la Fondation ... ;",
        "Le NPR, le Nouveau Parti Républicain ; et", "Le RPCI-AC, le Rassemblement ... ;"),
        then the "CONSIDÉRANT / PRENANT ACTE / SOUTENANT / AINSI QUE" paragraphs and the
        paragraph "VU l" where the corpus window ends (kept as cut).
  mm07  PDF: universnews.tn, Tunisian NGOs' joint declaration on the handing over of the
        Algerian refugee Slimane Bouhafs (2021). The two "- " summary lines became bullets,
        each stored line a paragraph, and a page break was put before the last paragraph,
        which holds the inline list of seven of the 34 signers ("Il s\u2019agit notamment de ...").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

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
    "mm01_ladepechedabidjan-communique-conjoint-fidhop-npr-rpci-ac": (
        "Communiqué conjoint FIDHOP, NPR, RPCI-AC : contestation de la CEI"
    ),
}
PDF: dict[str, str] = {
    "mm07_universnews-34-organisations-declaration-bouhafs": (
        "34 organisations tunisiennes : déclaration conjointe sur Slimane Bouhafs"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
