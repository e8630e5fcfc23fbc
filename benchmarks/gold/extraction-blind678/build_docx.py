#!/usr/bin/env python3
"""Build the two office documents of the blind set zr from texts/ (DOCX and PDF).

Layout:
- zr05_scribd-colorado-secure-communities-letter-ritter.pdf: the stored page text of
  scribd.com (open letter of concern to Colorado Governor Bill Ritter about the ICE
  Secure Communities program, 2010). The letter title is a bold heading line; the
  whole letter follows as ONE plain paragraph, exactly as the stored page holds it:
  the address block, the letter body, the closing "Sincerely," and the signature
  block run on in the same paragraph ("Name, Organisation Role Name, ..."), with no
  line breaks between signers; the paragraph is cut where the stored window ends,
  after "Ruthie Johnson, APRI". DejaVu Sans 10 pt on A4.
- zr07_indystar-hoosier-interfaith-power-light-ipl-plant.docx: the stored page text
  of indystar.com (Indianapolis Star readers' letter, August 2013, on the state
  regulator's approval of the Indianapolis Power & Light Harding Street coal plant
  upgrade). The letter title is a Word Heading 1; the page furniture line "View
  Comments" is a plain paragraph before the body and again at the end; three body
  paragraphs; then the signature block as plain paragraphs, one line each: five
  board members (two with a role after a comma), then the organisation name and the
  line "Executive Board of Directors".
Both are built by the shared builder with a fixed date, so two builds give identical
bytes.

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
    "zr07_indystar-hoosier-interfaith-power-light-ipl-plant": (
        "State made wrong decision on IPL plant"
    ),
}
PDF: dict[str, str] = {
    "zr05_scribd-colorado-secure-communities-letter-ritter": (
        "An Open Letter of Concern To Governor Bill Ritter About the Secure Communities Program"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
