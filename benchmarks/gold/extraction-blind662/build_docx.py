#!/usr/bin/env python3
"""Build the two office documents of the blind set zc from texts/ (DOCX and PDF).

Layout:
- zc05_nicaraguaymas-aguan-campesinos.docx: the stored page text of
  nicaraguaymasespanol.blogspot.com (Honduras, 25 July 2012, ten peasant
  movements of the Bajo Aguan reject being called murderers, guerrillas or
  drug traffickers), one paragraph per line in Word: the blog date line, the
  headline as a level-1 heading, the byline "Por Organizaciones varias", the
  opening paragraph that names the ten signing bodies in one run-in sentence,
  then the numbered points 1- to 4- as plain paragraphs (not Word lists); the
  text is cut where the stored window ends, inside point 4.
- zc08_movimientos-huehuetenango-mineria.pdf: the stored page text of
  movimientos.org (Guatemala, Huehuetenango, communities and Maya
  coordinations reject open-pit mining), the title as a bold heading, then
  plain DejaVu Sans 10 pt paragraphs on A4; the signers are named in the
  first paragraph, the demands keep the page's own bullet glyph as written
  (a diaeresis) and are plain paragraphs; cut where the stored window ends.
Both are built by the shared builder with a fixed date, so two builds give
identical bytes.

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 9, 12, 0, 0)

DOCX: dict[str, str] = {
    "zc05_nicaraguaymas-aguan-campesinos": (
        '"No somos ni asesinos, ni guerrilleros, ni narcotráficantes", dicen organizaciones campesinas del Aguán'
    ),
}
PDF: dict[str, str] = {
    "zc08_movimientos-huehuetenango-mineria": ("Guatemala: Amplio rechazo a explotación minera"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
