#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the pq blind extraction set (pq05, pq07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) and ``docs/<stem>.docx`` (python-docx) through the shared builder ``gold_docs.py``
(fixed creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  pq05  L'Eco di Bergamo: the regional Lombard federations of Coldiretti, Confagricoltura and
        Cia break off the milk-price negotiation with the Italatte group (PDF). The headline,
        stored over two lines, became one heading 1; each stored paragraph a paragraph; a page
        break was put before the paragraph "A fronte di tale situazione, le Federazioni
        regionali di Coldiretti, Confagricoltura e Cia ..." (the second naming of the three
        organisations lies on page 2). The text ends with "© RIPRODUZIONE RISERVATA".
  pq07  Valle d'Aosta Glocal, 30 April 2025: the joint communiqué of ADICONSUM, ADOC and
        FEDERCONSUMATORI on the Aosta waste tariff (DOCX). The section and date line
        "CRONACA - 30 aprile 2025, 11:14" became a paragraph, the headline a Word heading 1,
        the subtitle a Word heading 2, the repeated headline (a caption in the stored text)
        and every other stored paragraph a Word paragraph; the text ends where the stored
        window ends ("... scelte calate dall\u2019alto, prese").

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

FIXED_DATE = _dt.datetime(2026, 12, 7, 12, 0, 0)

DOCX: dict[str, str] = {
    "pq07_valledaostaglocal-aosta-tari-adiconsum-adoc-federconsumatori": (
        "Aosta: Rifiuti e TARI, le associazioni dei consumatori: “Il Comune non rispetta i "
        "cittadini”"
    ),
}
PDF: dict[str, str] = {
    "pq05_ecodibergamo-latte-federazioni-lombarde-rompono-trattativa": (
        "Prezzo del latte: le organizzazioni agricole rompono il tavolo della trattativa"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
