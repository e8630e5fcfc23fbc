#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the blind set zb from texts/<stem>.txt.

zb09_centarzamir-miredita.docx: the stored window of a Centar za mir (Osijek)
page, a regional statement in Croatian in support of the banned festival
"Miredita, dobar dan". Layout: page chrome lines ("Vrati se", an image name)
as plain paragraphs, four body paragraphs, the line "Potpisnice (abecednim
redom):" as a level-2 heading, then one plain paragraph per numbered signer
("N. Name, City, Country"); the last numbered item is cut off as in the window.

zb10_yihr-women-in-black.pdf: the stored window of a YIHR Serbia page, a joint
press statement in English of CSOs in Serbia in solidarity with Women in
Black. Layout: four body paragraphs, then one plain paragraph per numbered
signer ("N. Name"), no heading; the last numbered item is cut off as in the
window.

Run: /work/venv/bin/python build_docx.py  (two runs give identical bytes).

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
    "zb09_centarzamir-miredita": (
        "Vlasti Srbije neka zastite organizatore festivala Miredita, dobar dan"
    ),
}
PDF: dict[str, str] = {
    "zb10_yihr-women-in-black": (
        "Joint press statement of CSOs in Serbia with solidarity and support against the attack on Women in Black"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
