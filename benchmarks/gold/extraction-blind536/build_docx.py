#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the uf blind extraction set (uf05, uf07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page):

  uf05  Al-Masry Al-Youm (amay1.sarmady.net) news, in Arabic, on the joint statement of 14 Egyptian
        human-rights organisations against the reopening of the "foreign funding" case (case 173)
        and the campaign against civil society; four of the fourteen are named after "منها", then a
        quotation naming organisations targeted by the investigating judges; cut by the corpus at
        "والمبادر". The text is unchanged: its three stored paragraphs. The stored text has no
        headline, so the Word title property is only the source's name and news number.
  uf07  AmmanNet (English site) text of the position paper of the Jordan National NGOs Forum
        (JONAF) "and the undersigned civil society organizations" on the restrictions of civil
        society spaces and the new foreign-funding approval mechanism; cut by the corpus at
        "from civi". The only change: the '# ' heading marker on the title line; the two stored
        paragraphs made of a single no-break space are kept.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  uf05  DOCX: three paragraphs (the lead, the "قال البيان المشترك للمنظمات، أمس- منها ..." paragraph
        with the four named organisations, the quotation "وأضاف البيان: «...»" cut by the window);
        no heading.
  uf07  PDF: a heading 1 (the title "Position paper issued by Jordanian civil society
        organizations ..."), the opening paragraph ("The Jordan National NGOs Forum (JONAF) and
        the undersigned civil society organizations express ..."), a no-break-space paragraph,
        one paragraph, a no-break-space paragraph, one paragraph (cut).

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
    "uf05_sarmady-14-munazzama-hajma-mujtama-madani-ar": (
        "Al-Masry Al-Youm (amay1.sarmady.net) news 914348"
    ),
}
PDF: dict[str, str] = {
    "uf07_ammannet-jonaf-position-paper-civil-society-restrictions": (
        "Position paper issued by Jordanian civil society organizations regarding the recent steps"
        " restricting civil society spaces and changes in funding approval mechanisms"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
