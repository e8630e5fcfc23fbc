#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wq blind extraction set (wq06, wq08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (about the first 2,000 bytes of each page):

  wq06  Klimatická koalice (klimatickakoalice.cz), Czech: the position of the Climate Coalition
        and of Zelený kruh, the association of Czech environmental organisations, on the way out
        of the coronavirus pandemic (approved 29 April 2020): the two authors are the subject of
        the first sentence; three bullet points follow, the last cut by the corpus inside a word
        ('elektr'). The stored page has no title line: the text begins with the approval date.
  wq08  Znepokojené matky (znepokojene.sk), Slovak: the Slatinka declaration of environmental
        protectors of Earth Day 2024 ('Slatinské vyhlásenie ochrancov životného prostredia'): the
        site's skip link and post header, the title twice, a sub-title, the place and date, then
        'My, mimovládne organizácie, platformy A, B, C a D a osobnosti ... vyhlasujeme:' and three
        paragraphs, the last cut by the corpus ('začať').

The document titles (metadata) are the first words of each stored text (wq06: its first line,
the approval date; wq08: the declaration's title line).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wq06  PDF: every stored line a paragraph, as stored: the date line, five prose paragraphs (the
        first names the two authors), then three paragraphs that begin with the stored ' • '
        bullet character (they are not '- ' lines, so the builder draws them as plain
        paragraphs).
  wq08  DOCX: every stored line a Word paragraph ('Skip to main content', the first title line,
        the run-together post header 'By 22/04/202426 apríla, 2024ČO SME UROBILI', the place and
        date, a one-space line, the signer sentence, three paragraphs), except the second, repeated
        title line, which is a Word heading 1, and 'Za obranu našich domovov a prírodného
        dedičstva', a Word heading 2.

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
    "wq08_znepokojene-slatinka-environmental-declaration": (
        "Slatinsk\u00e9 vyhl\u00e1senie ochrancov \u017eivotn\u00e9ho prostredia"
    ),
}
PDF: dict[str, str] = {
    "wq06_klimatickakoalice-zeleny-kruh-covid-recovery-position": "Schv\u00e1leno dne 29. 4. 2020",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
