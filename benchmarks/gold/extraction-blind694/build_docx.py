#!/usr/bin/env python3
"""Build the two office documents of the blind set mq from texts/ (DOCX and PDF).

Layout:
- mq02_pactoporelmarmenor-convocatoria-manifestacion-murcia-2021.docx: the
  stored page text of pactoporelmarmenor.blogspot.com (Pacto por el Mar
  Menor, September 2021: the platform and other organisations call a
  demonstration in Murcia on 7 October against the state of the Mar Menor
  lagoon). No heading (the stored text has no title line): four plain
  paragraphs, then the photo caption as a plain paragraph, then the nine
  convening organisations as Word "List Bullet" paragraphs, one per line,
  exactly as the stored text lists them.
- mq08_adum-cta-comunicado-casa-de-la-memoria-mar-del-plata.pdf: the stored
  page text of adum.org.ar (ADUM, the university teachers' union of Mar del
  Plata, 20 November 2018: it shares the statement of the local CTA de los
  Trabajadores against the eviction of the human rights bodies from the Casa
  de la Memoria). Plain paragraphs in DejaVu Sans 10 pt on A4: the date line,
  the two ADUM paragraphs, the CTA statement, then the signature block one
  line per paragraph (three officers with their posts, the CTA and its
  regional, then the ADUM officer, her post and "Adum"). The lines holding
  a single space in the stored text stay as empty-looking paragraphs.
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
    "mq02_pactoporelmarmenor-convocatoria-manifestacion-murcia-2021": (
        "Convocatoria manifestación en Murcia por el Mar Menor"
    ),
}
PDF: dict[str, str] = {
    "mq08_adum-cta-comunicado-casa-de-la-memoria-mar-del-plata": (
        "Abrazo fraterno a la Casa de la Memoria"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
