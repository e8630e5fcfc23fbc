#!/usr/bin/env python3
"""Build the two office documents of the blind set zs from texts/ (DOCX and PDF).

Layout:
- zs09_hkja-hkppa-joint-statement-mong-kok-clearance.docx: the stored page text of
  hkja.org.hk (Hong Kong Journalists Association, July 2019: joint statement of the
  Hong Kong Press Photographers Association and the Hong Kong Journalists
  Association on police obstruction of journalists during the clearance of Nathan
  Road, Mong Kok, on 7-8 July 2019). The page title is a Word Heading 1; the two
  association names follow as two plain paragraphs, one a line, in the manner of a
  letterhead; the words "Joint Statement" are a Word Heading 2; then the four
  statement paragraphs as plain paragraphs, the last one cut where the stored
  window ends ("wore their reflective").
- zs10_ifex-ifj-fnj-npu-journalist-arrested-bajura.pdf: the stored page text of
  ifex.org (IFEX, 25 July 2017, republishing an IFJ statement of 24 July 2017: the
  IFJ joins the Federation of Nepali Journalists and the Nepal Press Union in
  condemning the arrest of journalist Chakka Bahadur Malla in Bajura, west Nepal).
  No heading: the stored date and provenance line, then five plain paragraphs in
  DejaVu Sans 10 pt on A4; the whole stored text is kept.
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
    "zs09_hkja-hkppa-joint-statement-mong-kok-clearance": (
        "Joint Statement of Hong Kong Press Photographers Association and Hong Kong Journalists Association"
    ),
}
PDF: dict[str, str] = {
    "zs10_ifex-ifj-fnj-npu-journalist-arrested-bajura": ("Journalist arrested in west Nepal"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
