#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the blind set yu from texts/.

yu06_tiss-solidarity-statement.docx: a Word document built from the stored
page cgbasket.in (news report on a solidarity statement with TISS students).
Layout: one plain paragraph (the site's category tags, in Hindi), one level-1
heading (the report's title, with its black-circle bullet sign), then four
plain body paragraphs, one per paragraph of the stored window; the signers
are named in prose ("Name, role" and "role Name" phrases separated by commas
and semicolons) in paragraphs two to four. No tables, no bullets.

yu08_india-pakistan-feminists.pdf: an A4 PDF (DejaVu Sans) built from the
stored page test.daily8.com (news report on a joint statement of Indian and
Pakistani feminists). Layout: one bold heading (the report's title), then one
long body paragraph; the Indian signatory organisations are named in prose in
the middle of that paragraph ("The signatories from India include ...,
among others."). The two line breaks that the stored window carries around
a link inside that paragraph are joined with single spaces.

Both builds are deterministic (fixed dates): two runs give identical bytes.

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

DOCX: dict[str, str] = {}
PDF: dict[str, str] = {
    "yu08_india-pakistan-feminists": ("India & Pakistan feminists call for peace, dialogue"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
