#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the tu blind extraction set (tu04, tu07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (nothing added, nothing changed but the "# " heading mark):

  tu04  European Pride Organisers Association (epoa.eu) category page "InterPride", opening with
        the post of June 2017 "Istanbul Pride must go ahead safely, say EPOA and InterPride": the
        letter of the European Pride Organisers Association and InterPride to the Governor of
        Istanbul, Vasip Sahin, after the ban of Istanbul Pride 2017. The two signers are named in
        the lead sentence ("the European Pride Organisers Association and InterPride have written
        to the Mayor of Istanbul, as follows:"), in the letter body, and in the signature block,
        which the corpus's window of 2,000 bytes cuts after the first signer ("President of
        European Pride Organisers Association / Kristine Garina / Co-president of In"). The post
        title became the PDF heading 1 (the only change: "# " added); every other stored line is
        a PDF paragraph (the addressee, office, date, subject and signature lines one paragraph
        each).
  tu07  eldiario.es (Somos Chueca, Madrid) AMP page of June 2019: COGAM and the Federación Estatal
        de Lesbianas, Gais, Trans y Bisexuales (FELGTB), organisers of the Madrid Pride march,
        announce in a communiqué ("Ambas organizaciones explican ... en un comunicado") that
        Ciudadanos and the Partido Popular get no float in the march. The stored text has no
        headline (it starts with "COGAM y la Federación ...") and is cut by the window at "que
        se h". Every stored paragraph is a Word paragraph.

The DOCX title (core properties) is taken from the page address (slug), as the stored text has
no headline; the PDF title is the post title.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  tu04  PDF: a heading 1 (post title naming "EPOA and InterPride"), the category line ("Posted
        by | EuroPride, InterPride | No Comments"), the lead paragraph with the two full names,
        the addressee / office / place-date / subject / salutation lines, six letter paragraphs,
        "Yours sincerely,", the signature lines "President of European Pride Organisers
        Association" and "Kristine Garina", and the cut line "Co-president of In".
  tu07  DOCX: seven paragraphs (the first with the two signers as the subject of the sentence,
        the last cut).

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
    "tu07_eldiario-cogam-felgtb-veto-orgullo-2019": (
        "Activistas LGTBI históricos como Jordi Petit en la cabecera y Ciudadanos sin carroza en"
        " el Orgullo 2019"
    ),
}
PDF: dict[str, str] = {
    "tu04_epoa-interpride-istanbul-pride-letter-governor": (
        "Istanbul Pride must go ahead safely, say EPOA and InterPride"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
