#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the oq blind extraction set (oq03, oq09) from their text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus, both cut by the corpus window:

- oq03: quelsport.org ("Non aux JO de Paris 2024 !", page "Textes et appels") reprinting the
  tribune published on lemonde.fr on 10 March 2024, « Les Jeux de Paris 2024 ne doivent pas
  être l'arène propagandiste des gladiateurs de Poutine », with its "Signataires :" list (the
  window ends inside the tenth signer's affiliation, "... à l'Université ").
- oq09: histoirecoloniale.net, "GAZA : APPEL AUX CONSCIENCES" (appeal for a ceasefire in
  Gaza), whose "Premiers signataires :" list is cut by the window inside the first signer's
  affiliation ("Elisabeth Allès (membre du Bureau national d").

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  oq03  DOCX: a heading 1 (site title), a heading 2 "Textes et appels", a "*****" paragraph,
        the tribune's title as a heading 2, the "Texte complet publié ..." paragraph, one
        body paragraph, the cue paragraph "Signataires :", then the ten signers as Word
        "List Bullet" paragraphs "Name, profession / affiliation" (one trailing space of the
        cut last item dropped).
  oq09  PDF: a heading, eight body paragraphs (one a stored line), the cue paragraph
        "Premiers signataires :" at the foot of page 1, a page break, and the single cut
        signer line alone on page 2.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (/work/gold_docs.py, a copy of benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "oq03_quelsport-lemonde-jo-paris-2024-gladiateurs-poutine": (
        "Les Jeux de Paris 2024 ne doivent pas être l’arène propagandiste des gladiateurs de Poutine"
    ),
}
PDF: dict[str, str] = {
    "oq09_histoirecoloniale-gaza-appel-aux-consciences": "GAZA : APPEL AUX CONSCIENCES",
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
