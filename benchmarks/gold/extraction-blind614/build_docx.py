#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xf blind extraction set (xf08, xf09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  xf08  Dima TV (Morocco) article of January 2023: the women's associations meeting in
        Casablanca announce the founding of the "women's coalition for a family code based on
        equality and dignity" (الائتلاف النسائي من أجل مدونة الاسرة قائمة على المساواة والكرامة),
        then "التوقيعات" and one line per signing association, cut by the corpus inside the
        eighth name ("جمعية بسمة لرعاي"). Arabic, kept as stored (no right-to-left paragraph
        setting is added). The three stored paragraphs are Word paragraphs, "التوقيعات" a Word
        heading 2, each signature line a Word paragraph.
  xf09  Leaders (Tunisia) print page of 2011: the joint appeal of the UGTT, the LTDH and the
        Conseil national de l'Ordre des avocats against sit-ins and for calm before the
        elections of 23 October 2011, cut by the corpus at "toute entrave de ". The stored title
        line became the PDF heading 1, every stored paragraph a PDF paragraph (the trailing
        space of the cut last paragraph kept).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xf08  DOCX: three paragraphs (the meeting, the founding announcement with "الجمعيات
        النسائية الموقعة أسفله", the call), a heading 2 "التوقيعات", eight paragraphs of
        association names (the eighth cut).
  xf09  PDF: a heading 1 (the title naming the UGTT, the LTDH and the Ordre des Avocats), five
        paragraphs (the second "Dans un appel commun lancé par A, B et C, l'UGTT, le Conseil
        National des Avocats et la LTDH, soulignent ..."; the fifth cut).

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
    "xf08_dimatv-itilaf-nisai-mudawwanat-usra-ar": (
        "\u0627\u0644\u0627\u0626\u062a\u0644\u0627\u0641 \u0627\u0644\u0646\u0633\u0627\u0626\u064a"
        " \u0645\u0646 \u0623\u062c\u0644 \u0645\u062f\u0648\u0646\u0629 \u0627\u0644\u0627\u0633\u0631\u0629"
        " \u0642\u0627\u0626\u0645\u0629 \u0639\u0644\u0649 \u0627\u0644\u0645\u0633\u0627\u0648\u0627\u0629"
        " \u0648\u0627\u0644\u0643\u0631\u0627\u0645\u0629"
    ),
}
PDF: dict[str, str] = {
    "xf09_leaders-appel-commun-ugtt-ltdh-avocats": (
        "L'appel commun de l'UGTT, la LTDH et l'Ordre des Avocats contre les sit-ins et pour"
        " l'apaisement g\u00e9n\u00e9ral"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
