#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the ts blind extraction set (ts01, ts07) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by the corpus's window of about 2,000 bytes; nothing added,
nothing changed; only the layout markers "# " and "## " were put before the stored title lines):

  ts01  Human Rights Law Centre (hrlc.org.au) news of 21 May 2017, "Offshore detention reaches
        critical point, further tragedy inevitable unless Australia acts responsibly": a joint
        statement ahead of Senate Budget Estimates on the offshore detention camps on Nauru and
        Manus Island. Under the line "JOINT STATEMENT" the signers stand in one line separated by
        " | " (three organisations, then two persons: a religious sister and a refugee); an
        embedded tweet and quotes of Amnesty International's and the HRLC's spokespeople follow.
        The stored text is cut inside a quote ("This isn't "). The title became the PDF heading 1,
        "JOINT STATEMENT" a heading 2, every other stored line a PDF paragraph.
  ts07  RainbowYOUTH (ry.org.nz) news of 2020, "Youth sector rainbow collective calls on
        government to prioritise rainbow communities": ten rainbow organisations of Aotearoa New
        Zealand, as the Youth Sector Rainbow Collective, write to the government before the 2020
        General Election; the members are named inline in one sentence ("... comprises of A, B,
        ..., Outer Spaces & Q Youth."), two directors are quoted. The stored text is cut inside
        the second quote ("take a s"). The title became the Word heading 1, every stored
        paragraph a Word paragraph.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  ts01  PDF: a heading 1 (title), a heading 2 ("JOINT STATEMENT"), the signers' line
        "A | B | C | D | E" as a paragraph, then ten paragraphs (tweet, its credit line and
        the quotes included; the last one cut).
  ts07  DOCX: a heading 1 (title), five paragraphs (the second with the members' sentence, the
        last one cut).

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
    "ts07_rainbowyouth-youth-sector-rainbow-collective-election": (
        "Youth sector rainbow collective calls on government to prioritise rainbow communities"
    ),
}
PDF: dict[str, str] = {
    "ts01_hrlc-joint-statement-offshore-detention-critical-point": (
        "Offshore detention reaches critical point, further tragedy inevitable unless Australia"
        " acts responsibly"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
