#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the nf blind extraction set (nf01, nf05) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) and ``docs/<stem>.pdf`` (fpdf2) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are real public texts (see ``sources.csv``):

  nf01  "Lettera aperta contro gli eccessi di Piracy Shield" (Italy, 2024), the letter of the
        Stop-Piracy-Shield campaign as kept in the repository Stop-Piracy-Shield/web
        (src/components/Lettera.vue at commit 3272a8f556fedd9869a6839d75aeb84131aed73e): the
        Vue template's text with its markup removed. Each <p> became a Word paragraph, each
        <h2> a Word heading 2, each <li> a "List Bullet" paragraph (inside a bullet, a double
        <br /> starts a new plain paragraph, a single <br /> became a space), bold and links
        reduced to their text (the link text, not the href). The heading 1 is the letter's
        name as announced by its authors on forum.fibra.click ("Lettera aperta contro gli
        eccessi di Piracy Shield"); the template itself has no title.
  nf05  Letter of solidarity of eleven Sicilian health-care associations and unions to the
        Sicilian health assessor, as held by the stored web-page corpus for
        mediciconvenzionati.it (dettaglio-comunicazione.aspx?id=1916): each stored line a
        PDF paragraph, the signers one "Name ORGANISATION" line each, no heading.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  nf01  DOCX: a heading 1, plain paragraphs, Word "List Bullet" items, heading-2 sections,
        eleven reference paragraphs, then the cue heading "Lettera realizzata e firmata da:"
        with seven bulleted persons and the cue heading "Aziende/Organizzazioni
        co-firmatarie:" with four bulleted organisations.
  nf05  PDF: five plain paragraphs (salutation, three statement paragraphs, closing), then
        eleven signer paragraphs "Name ACRONYM Full name", no cue, no heading.

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
    "nf01_stop-piracy-shield-lettera-aperta-firmatari": (
        "Lettera aperta contro gli eccessi di Piracy Shield"
    ),
}
PDF: dict[str, str] = {
    "nf05_mediciconvenzionati-solidarieta-assessore-associazioni": (
        "mediciconvenzionati.it - comunicazione 1916"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
