#!/usr/bin/env python3
"""Build the DOCX and PDF documents of the blind set yv from texts/<stem>.txt.

yv09_amnesty-pl-cudzoziemcy-epidemia.docx: a Polish Word document. Heading 1 is the
page title (ending with the site name), Heading 2 the article title, then four body
paragraphs, the cue paragraph "Sygnatariusze:" and ten signers as a "List Bullet"
list, then the page footer as plain paragraphs (downloads, a photo credit naming a
photographer, a donation appeal, a campaign title and a counter).

yv10_nfpk-prohlaseni-chovanec.pdf: an English A4 PDF, one page. A dateline paragraph,
a bold heading, six body paragraphs, then the signers as plain paragraphs, one per
paragraph, each "Name, role of the NFPK Board of Trustees"; the last paragraph is a
name cut off in the source window ("Karel R").

Both texts are the stored page windows, one paragraph per line; the dates are fixed
so that two builds give identical bytes.

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
    "yv09_amnesty-pl-cudzoziemcy-epidemia": (
        "Wystąpienie organizacji społecznych do Ministra Spraw Wewnętrznych w sprawie sytuacji cudzoziemców w Polsce"
    ),
}
PDF: dict[str, str] = {
    "yv10_nfpk-prohlaseni-chovanec": ("Prohlášení NFPK"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
