#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the ok blind extraction set (ok01, ok06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each cut by the corpus's window of about 2,000 characters):

  ok01  PDF: the joint statement of communities and Cambodian civil society organisations of
        the 7th Annual National Advocacy Conference on land and natural resources (Phnom
        Penh, 7 December 2012; adhoccambodia.org). The four title lines became one heading,
        the section title "I.Extractive Industry" a sub-heading, every other stored line a
        paragraph; the signers stand inline in the first paragraph ("... and civil society
        organizations, including A (ADHOC), B (API), ..."). The last paragraph is cut as
        stored ("... Royal Government of Cambo").
  ok06  DOCX: the joint open letter of 1 November 2021 to the Thai Prime Minister on seven
        Cambodian migrant workers arrested at the Ministry of Labour (central-cambodia.org).
        The page title became the Word heading 1, "Joint Open Letter" a heading 2, the
        two-line date "04 / Nov" one paragraph, the address block one paragraph a line, and
        the eight numbered "c.c." addressees a Word bulleted list (List Bullet; their
        numbers "1." to "8." left out); the empty one-space paragraphs were left out. The
        cue "We, the undersigned organizations" is followed by no list: the stored text is
        cut inside the letter's body ("... seven migrant workers wh").

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

DOCX: dict[str, str] = {
    "ok06_central-cambodia-open-letter-migrant-workers-arrested": (
        "Joint Open Letter: Concern regarding seven migrant workers arrested at Ministry of Labour"
    ),
}
PDF: dict[str, str] = {
    "ok01_adhoc-cambodia-land-natural-resources-joint-statement": (
        "Joint Statement on Issues and Concerns over Serious Impacts Related to Governance of"
        " Land and Natural Resources"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
