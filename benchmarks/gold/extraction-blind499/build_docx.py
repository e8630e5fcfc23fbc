#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sv blind extraction set (sv05, sv08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, cut where the corpus's window cuts them:

  sv05  Civil.ge (Russian edition) news item of November 2020: Transparency International -
        Georgia (TIG), the International Society for Fair Elections and Democracy (ISFED) and
        the Georgian Young Lawyers' Association (АМЮГ) issued a joint statement on 9 November
        calling on the political parties to negotiate after the 31 October 2020 parliamentary
        elections. Kept as stored, with the corpus's " date 2020-11 " prefix at the start of the
        first paragraph; the text ends mid-word ("собравш").
  sv08  Law Development and Protection Foundation (lawfoundation.am) page with a statement of
        Armenian non-governmental organisations condemning the attack on Edik Baghdasaryan,
        president of the "Investigative Journalists" NGO (Armenian). The stored text starts in
        the middle of the statement; the signatories are a dashed list, cut by the window inside
        the fifth name.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sv05  DOCX: four Word paragraphs, one per stored paragraph (no heading: the stored text has
        none); the first paragraph opens with the corpus prefix and holds the inline list of the
        three organisations as the subject of its sentence.
  sv08  PDF: three paragraphs (the statement's end and the closing sentence), then five bullets,
        one per dashed signatory line of the stored text ("- " rendered as "\u2022 "), the last
        one cut.

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
    "sv05_civilge-ru-tig-isfed-gyla-joint-statement-negotiations": (
        "\u00ab\u0432\u0441\u0435 \u0436\u0435 \u0435\u0441\u0442\u044c \u0448\u0430\u043d\u0441"
        " \u043d\u0430\u0439\u0442\u0438 \u0432\u044b\u0445\u043e\u0434 \u0438\u0437 \u0442\u0443"
        "\u043f\u0438\u043a\u0430 \u0447\u0435\u0440\u0435\u0437 \u043f\u043e\u043b\u0438\u0442"
        "\u0438\u0447\u0435\u0441\u043a\u0438\u0439 \u0434\u0438\u0430\u043b\u043e\u0433\u00bb"
    ),  # a phrase of the text: «все же есть шанс найти выход из тупика через политический диалог»
}
PDF: dict[str, str] = {
    "sv08_lawfoundation-armenian-ngos-statement-edik-baghdasaryan": (
        "\u0531\u0566\u0561\u057f \u056d\u0578\u057d\u0584\u0576 \u0578\u0582"
        " \u0562\u0561\u0566\u0574\u0561\u056f\u0561\u0580\u056e\u0578\u0582\u0569\u0575\u0578"
        "\u0582\u0576\u0568 \u0574\u0565\u0580 \u0565\u0580\u056f\u0580\u0578\u0582\u0574"
        " \u0561\u0575\u056c\u0568\u0576\u057f\u0580\u0561\u0576\u0584 \u0579\u0578\u0582\u0576"
        "\u0565\u0576"
    ),  # the statement's closing sentence, without its colon
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
