#!/usr/bin/env python3
"""Build the PDF documents of the po blind extraction set (po03, po10) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf``
(fpdf2) through the shared builder ``gold_docs.py`` (fixed creation date: two builds give
identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``):

  po03  llibertat.cat, June 2025: the press call of the seven entities of the Barcelona
        "Grup Promotor del 30% d'habitatge protegit" (complaint to the Síndic de Greuges).
        The section label "Habitatge" became a paragraph, the headline a heading 1, each
        stored paragraph (including "QUAN:", "ON:" and the closing "CONVOCA: ..." sentence
        that names the seven entities inline) a paragraph. The corpus's " date 2025-06"
        prefix was left out.
  po10  El Punt Avui, the Algemesí "Manifest per la tradició i el progrés" gaining adhesions
        (Valencia). The section label "Societat" became a paragraph, the headline a heading
        1, the subtitle a heading 2, each stored paragraph a paragraph, and a page break was
        put between the paragraph of the first new adhesions and the "Periodistes com ..."
        paragraph (the names run over two pages). The text ends where the stored window
        ends ("... després de la").

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

FIXED_DATE = _dt.datetime(2026, 12, 6, 12, 0, 0)

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "po03_llibertat-grup-promotor-30-denuncia-sindic-greuges": (
        "Denúncia al Síndic de Greuges per la passivitat de l’Ajuntament de Barcelona en "
        "l’aplicació del 30%"
    ),
    "po10_elpunt-manifest-algemesi-tradicio-progres-adhesions": (
        "El Manifest per la tradició i el progrés d'Algemesí suma més adhesions"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
