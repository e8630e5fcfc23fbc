#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the lr blind extraction set (lr01, lr02) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (a window of about 2,000 bytes, cut by the corpus inside the sixth
and the fifth signer respectively):

  lr01  MENAFN (AzerNews) item of 17 May 2024 on the statement of NGOs at the G7 Civil
        Society Summit in Rome supporting Azerbaijan as host of COP29. The page's headline
        (from its address, "Ngos-Back-Azerbaijan-As-COP29-Host-At-G7-Summit") became the
        Word heading 1 and each stored paragraph a Word paragraph (the leading space of the
        date line dropped; the run-together words of the source, e.g. "supportingAzerbaijan",
        "MariarosariaErcolini", kept). The signer lines under "Signatures:", written
        "Name \u2013 Organisation, Country" in the source, became rows of a three-column Word
        table with a header row "Name | Organisation | Country" added by this layout (the
        builder sets the first row in bold). The sixth line, cut by the corpus inside the
        organisation ("Damian Facciolo \u2013 Global He"), is left out.
  lr02  Azernews item of 30 May 2024 with the letter of NGOs and social activists to the
        Azerbaijan National NGO Forum on COP29. Each stored paragraph became a PDF paragraph
        (blank lines dropped, the leading space of the date line dropped); the signers stay
        numbered lines "n. Name - office of the Organisation, Country;" under
        "Signatures:". The fifth item, cut by the corpus inside the office
        ("5. Dr. David Apollus - Chief Executive Off"), is left out.

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
    "lr01_menafn-g7-cso-summit-cop29-statement-table": (
        "NGOs Back Azerbaijan As COP29 Host At G7 Summit"
    ),
}
PDF: dict[str, str] = {
    "lr02_azernews-ngos-letter-cop29-ngo-forum": (
        "NGOs and social activists address a letter to the Azerbaijan National NGO Forum on COP29"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
