#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the wa blind extraction set (wa06, wa07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are real public texts (see ``sources.csv``):

  wa06  Press release of 26 June 2012 of the Lusophone civil-society movement "Por uma Comunidade
        de Valores" (Angola's Maka Angola, Mozambique's CEMO and Timor-Leste's FONGTIL join the
        campaign against Equatorial Guinea's admission to the CPLP), held in the public GitHub
        repository TransparenciaIntegridade/tiac as a serialised WordPress object-cache file (a
        .php file with a binary header): the post's content was taken from it (work/tiac_post.py)
        and its markup removed by work/write_docs.py (entities decoded, runs of whitespace
        collapsed as a browser shows them; words and order unchanged).
  wa07  @Verdade (Mozambique) news of the letter of the "Santomenses Indignados" (São Tomé e
        Príncipe) to Nelson Mandela, as held by the stored web-page corpus (about its first
        2,000 bytes, cut at "definitivamente um "); only the marker "# " added before the headline.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wa06  DOCX: the post's <h2> a heading 1; the sub-title ("Movimento soma apoios ...") a heading
        2; place and date, six body paragraphs (two with bold quotes of the CEMO's director, one
        with the FONGTIL's), the signature "Por uma Comunidade de Valores" a paragraph; a heading
        2 "Entidades fundadoras:"; then one paragraph per founding entity ("Name: website", one
        without a website).
  wa07  PDF: the paywall line a paragraph; the headline a heading 1; nine paragraphs (the letter
        "assinada por três membros dos Santomenses Indignados (STP)", quotes of the letter, the
        group called "os STP Indignados"), cut by the corpus window.

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
    "wa06_tiac-comunidade-de-valores-cemo-maka-angola-fongtil-cplp": (
        "Angola, Mo\u00e7ambique e Timor-Leste juntam-se \u00e0 campanha contra ades\u00e3o da"
        " Guin\u00e9 Equatorial \u00e0 CPLP"
    ),
}
PDF: dict[str, str] = {
    "wa07_verdade-santomenses-indignados-carta-mandela": (
        "Mandela chamado a intervir contra instala\u00e7\u00e3o de regime ditatorial em S\u00e3o Tom\u00e9"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
