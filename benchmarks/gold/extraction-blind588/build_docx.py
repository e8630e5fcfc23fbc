#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the wf blind extraction set (wf02, wf06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.pdf`` /
``docs/<stem>.docx`` (fpdf2, python-docx) through the shared builder ``gold_docs.py`` (fixed
creation dates and zip timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus; the only changes are the layout markers named below:

  wf02  Dikigorikos Syllogos Athinon (dsa.gr) copy of the letter of 18 May 2010 (Arith. Prot.
        2079) from nine Greek scientific and professional bodies to Prime Minister Georgios
        Papandreou, asking for a meeting (Greek). The stored text is cut by the corpus window
        (1,999 bytes) inside the third body paragraph at 'Μας διακρίνει η '. It opens with the
        letterhead: the nine bodies in capitals, one a line, with no cue, then place and date,
        the protocol number, the letter-spaced Greek word for 'To', the addressee and the salutation. The
        text file is the stored text unchanged (plus one final newline).
  wf06  Peristeri News (peristerinews.gr) item of February 2022: the A', B' and C' unions of
        secondary teachers of West Athens (the A', B' and C' ELME of West Athens, in Greek letters) call a rally against
        school mergers and closures (Greek). The stored page is whole (601 characters): a lead
        line, two paragraphs and four lines of slogans each starting with '• '. The lead line
        became the Word heading 1 ('# ' added) and the slogans Word bullets ('- ' in place of
        the stored '• ').

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  wf02  PDF: 18 paragraphs, one per stored line: nine letterhead lines (the signers), 'Αθήνα,
        18-5-2010', 'Αριθ. Πρωτ. 2079', the letter-spaced 'To', the addressee's two lines, the salutation,
        three body paragraphs (the last cut); no heading.
  wf06  DOCX: a heading 1 (the lead), two paragraphs (the call, the cue of the slogans), four
        bulleted paragraphs (List Bullet).

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
    "wf06_peristerinews-elme-dytikis-athinas-syllalitirio": (
        "Συλλαλητήριο ενάντια στις συγχωνεύσεις: Α΄, Β΄, Γ΄ ΕΛΜΕ Δυτικής Αθήνας"
    ),
}
PDF: dict[str, str] = {
    "wf02_dsa-epistimonikoi-foreis-epistoli-papandreou": (
        "Επιστολή προς Πρωθυπουργό από επιστημονικούς φορείς"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
