#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the sy blind extraction set (sy04, sy08) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

  sy04  ddrm.de report (undated in the stored text; after the AI Act's adoption, under the
        'Ampel' coalition, so about 2024) on the open letter of more than a dozen German
        digital- and civil-rights organisations to the members of the Bundestag: ban every form
        of remote biometric identification in Germany under the EU AI Act (KI-Verordnung).
        German; 1,956 characters as stored, cut by the corpus inside the second
        quoted bullet of the coalition agreement ('zu Überwachungszwecken'). The title became
        the PDF heading 1, the intertitle ('Der Artificial Intelligence Act enthält viele
        Schlupflöcher, ...') a heading 2, each stored paragraph a PDF paragraph, the two stored
        '- ' lines PDF bullets.
  sy08  onemedia.fr article of July 2025 on the letter of 45 European business leaders to
        Ursula von der Leyen asking for a two-year 'stop the clock' on the AI Act. French; the
        whole stored text. The stored 'Table of Contents' line is kept as the first Word
        paragraph (no headline is stored, none was added), the three stored intertitles
        ('Appel à une pause ...', 'Raisons évoquées pour le moratoire', 'Réaction de
        Bruxelles') became Word headings 2, each stored paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  sy04  PDF: a heading 1, a paragraph (the inline list 'darunter A, B, C, D und E, fordern
        nun'), a heading 2, two paragraphs (quotes of the letter), a cue paragraph ending ':'
        and two bullets (the second cut).
  sy08  DOCX: a paragraph 'Table of Contents', a lead paragraph, a heading 2, the signers'
        paragraph ('Name, PDG de X', 'Name, directeur général de Y', then 'Name (Company)'
        items), two more headings 2 each followed by one paragraph.

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
    "sy08_onemedia-45-dirigeants-lettre-moratoire-ai-act": (
        "Appel \u00e0 une pause dans l\u2019application de l\u2019AI Act"
    ),
}
PDF: dict[str, str] = {
    "sy04_ddrm-offener-brief-biometrie-ueberwachung-verbieten": (
        "Offener Brief an die Bundesregierung zur KI-Verordnung der EU mit der Forderung:"
        " Biometrie-\u00dcberwachung zumindest in Deutschland verbieten!"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
