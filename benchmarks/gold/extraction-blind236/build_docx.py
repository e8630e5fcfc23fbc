#!/usr/bin/env python3
"""Build the DOCX document of the ht blind extraction set (ht10) from its text.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``benchmarks/gold/gold_docs.py`` (fixed creation
dates and zip timestamps: two builds give identical bytes).

The text is the real text of a stored web page of the Coordination des Associations et des
Particuliers pour la Liberté de Conscience (freedomofconscience.eu), as held by the stored
web-page corpus (see ``sources.csv``): a joint written statement to the 54th session of the
UN Human Rights Council on forced organ harvesting in China. Each line of the stored text
became one Word paragraph, in order and unchanged, including the list of co-signing NGOs
whose names the source wraps across lines ("... Human Rights Korean" / "Association for
Ethical Organ" / "Transplants KAEOT NPO" / ...). No heading, bullet or table was added.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ht10  DOCX: one paragraph naming the two submitting NGOs in consultative status, three
        "Recognizing ... / Reminding ..." paragraphs, then twelve short paragraphs of NGO
        names without any cue (one name a paragraph, one name broken over three), and a
        closing paragraph "NGO(s) without consultative status, also share the views ...".

    /work/venv/bin/python build_docx.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_docs import build_set  # noqa: E402  (benchmarks/gold/gold_docs.py)

FIXED_DATE = _dt.datetime(2026, 12, 4, 12, 0, 0)

DOCX: dict[str, str] = {
    "ht10_freedomofconscience-hrc54-joint-written-statement": (
        "HRC 54 written statement: forced organ harvesting of living Falun Gong practitioners"
        " in China has to end"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
