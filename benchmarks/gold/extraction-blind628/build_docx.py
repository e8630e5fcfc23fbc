#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the xt blind extraction set (xt07, xt09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (blank lines dropped, nothing else changed but the heading marker):

  xt07  Matangi Tonga news of July 2023 on the statement of the Pacific Collective on Nuclear
        Issues (civil society groups, NGOs and movements of the Pacific) calling on Japan and
        TEPCO to abandon the discharge of ALPS-treated Fukushima wastewater into the Pacific
        Ocean, cut by the corpus inside a sentence ('... the Japanese Government and TEPCO to ').
        The breadcrumb ('You are here'), the section ('Pacific Islands'), the dateline ('Suva,
        Fiji') and the photo caption are Word paragraphs, the headline a Word heading 1, every
        stored paragraph of the story a Word paragraph.
  xt09  The introduction of the 'Livre Bleu-Vert' of Ensemble Pour La Planete (EPLP, New
        Caledonia, 2006): 17 environmental associations grouped under EPLP present their joint
        cahiers de doleances et de propositions; the text is signed 'L'equipe d'Ensemble Pour La
        Planete' and ends with an asterisk note naming the 17 constituent associations in one
        paragraph. The whole stored page (not cut).

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  xt07  DOCX: three short paragraphs (breadcrumb, section), a heading 1 (headline), a dateline
        paragraph, a caption paragraph, eight story paragraphs (the last one cut).
  xt09  PDF: two paragraphs (the second ending 'suivants :'), four bullets (the four workshop
        days, stored as '- ' lines), three paragraphs (the last the signature line 'L'equipe
        d'Ensemble Pour La Planete'), one paragraph '*Associations constitutives ... : A, B,
        ..., WWF - France.' with the 17 names run in, wrapped over several PDF lines.

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
    "xt07_matangitonga-pacific-collective-fukushima-wastewater": (
        "Collective calls for Pacific leaders to oppose Fukushima nuclear waste water discharge"
    ),
}
PDF: dict[str, str] = {
    "xt09_eplp-ensemble-pour-la-planete-livre-bleu-vert-introduction": (
        "Livre Bleu-Vert \u2013 Introduction (Ensemble Pour La Plan\u00e8te)"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
