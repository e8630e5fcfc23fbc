#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the vj blind extraction set (vj02, vj05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  vj02  Shared Care Scotland news page: the National Carer Organisations' statement on the delay
        of the National Care Service Bill (Scotland; unpaid carers), cut by the corpus inside the
        closing "About" paragraph. The page title became the Word heading 1, the run-in heading
        "About the National Care Organisations" a Word heading 2, the four stored "- " lines Word
        bullets, every other stored line a Word paragraph; the six organisations stand in one
        sentence ("The National Carer Organisations in Scotland are A, B, ..., and the F.").
  vj05  doczz.fr transcription of the CGT print page of 11 February 2015: joint communiqué of the
        eight French pensioners' union organisations (UCR-CGT, UCR-FO, UNAR-CFTC, SFRN-FSU,
        UNIR-Solidaires, UNRPA-Ensemble et solidaires, FGR-FP, LSR) after their meeting of
        9 February (the whole stored text). The transcription's first line ("Imprimer :
        Communiqué commun ...") became the heading 1, "Rencontre des organisations syndicales de
        retraités" a heading 2, every other stored line (the print header, the two URLs, the
        title lines, the body lines as broken by the transcription) a PDF paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  vj02  DOCX: a heading 1, three paragraphs ("This includes:" the third), four bullets, a
        paragraph, a heading 2, the sentence naming the six organisations, a closing paragraph
        (cut at "unpaid care").
  vj05  PDF: a heading 1, "Transcription", six print-header paragraphs ("Imprimer : ..." twice,
        "1 sur 1", "La cgt", two URLs), a heading 2, the title over three paragraphs (the eight names),
        the date, the body over eleven paragraphs (the eight names again in the first
        sentence, broken after "SFRN-FSU," and "lundi 9"), place and date, print time stamp,
        "Documents pareils".

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
    "vj02_sharedcarescotland-national-carer-organisations-statement-care-service": (
        "National Carer Organisations' statement on National Care Service"
    ),
}
PDF: dict[str, str] = {
    "vj05_doczz-communique-commun-ucr-cgt-ucr-fo-unar-cftc-retraites": (
        "Communiqu\u00e9 commun UCR-CGT, UCR-FO, UNAR-CFTC, SFRN-FSU, UNIR-Solidaires,"
        " UNRPA-Ensemble et solidaires, FGR-FP, LSR"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
