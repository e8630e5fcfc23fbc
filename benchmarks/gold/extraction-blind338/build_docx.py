#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the md blind extraction set (md01, md02) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx`` /
``docs/<stem>.pdf`` (python-docx, fpdf2) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; empty lines were dropped (the builder skips them), trailing spaces
dropped. Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  md01  DOCX (it): the ACU (Associazione Consumatori Utenti, Milano) page of a letter to the
        mayor of Milan and his assessori on law 113/1992 (a tree for every newborn): the
        site's section "Regione Lombardia" as a Word heading 1, the addressees one a paragraph,
        the subject, six statement paragraphs, "Cordiali saluti", then the signers at the end
        of the Word file, one source line a paragraph: "Name" / "Organisation" pairs,
        a bare organisation line, "Name   \u2013 Organisation" lines and bare names; the last
        paragraph "Gabriella" is the first name of a signer cut by the stored window.
  md02  PDF (it): the petizionepubblica.it petition of the Comitato Pro Devero against the
        hydro-electric plant at Alpe Devero (VCO, Piemonte): the appeal (three paragraphs),
        nine "Name, profession" lines, a page break (<<PAGEBREAK>>), the three organisations
        that close the list, the committee's later thank-you note and the contact block
        (name, committee, e-mail as stored: "[email protected]").

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
    "md01_associazioneacu-lettera-legge-113-albero-per-ogni-nato": (
        "Lettera al sindaco di Milano: attuazione della legge 113 del 1992"
    ),
}
PDF: dict[str, str] = {
    "md02_petizionepubblica-pro-devero-centrale-idroelettrica": (
        "Firmiamo contro la centrale idroelettrica all'Alpe Devero"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
