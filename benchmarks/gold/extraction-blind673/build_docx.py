#!/usr/bin/env python3
"""Build the two office documents of the blind set zl from texts/ (DOCX and PDF).

Layout:
- zl05_accessnow-31-groups-net-neutrality-letter-fcc.docx: the stored page text of
  accessnow.cshp.co (a mirror of Access Now's press release: 31 organisations from
  21 countries send a Net Neutrality letter to the U.S. FCC, 2015). The stray "|"
  line that opens the stored text is kept as a plain paragraph; the press-release
  title is a level-1 Word heading, the standfirst ("31 organizations from 21
  countries ...") a level-2 heading, then the article paragraphs as plain Word
  paragraphs. The signers are named only in prose ("Organizations include ...");
  the stored window ends in mid-sentence and the text ends there.
- zl09_dearcolleague-lowenthal-letter-tillerson-spyware-mexico.pdf: the stored page
  text of dearcolleague.us (December 2017: a House "Dear Colleague" request to
  co-sign a letter to Secretary of State Tillerson on the use of Pegasus spyware in
  Mexico). The two header lines ("Sending Office: ...", "Sent By:") are plain
  paragraphs, "Request for Signature(s)" a bold 11 pt sub-heading, the letter
  title a bold 14 pt heading, then the deadline line, the "Current Signers:" line
  and the body paragraphs in DejaVu Sans 10 pt on A4. Lines hard-wrapped in the
  stored text are joined into one paragraph each; the text ends in mid-word where
  the stored window ends.
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
    "zl05_accessnow-31-groups-net-neutrality-letter-fcc": (
        "More Than 30 Global Groups Send Net Neutrality Letter to FCC"
    ),
}
PDF: dict[str, str] = {
    "zl09_dearcolleague-lowenthal-letter-tillerson-spyware-mexico": (
        "Sign a Letter to Sec. Tillerson on the Use of Spyware in Mexico"
    ),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
