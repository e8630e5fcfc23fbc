#!/usr/bin/env python3
"""Build the two office documents of the blind set se from texts/ (DOCX and PDF).

Layout:
- se08_alqawmi-national-democratic-societies-sectarian-mobilisation.docx: the
  stored page text of al-qawmi.org (Bahrain, Nationalist Democratic Rally
  Society site): joint statement of the political bureaus of the three
  societies of the national democratic current (Nationalist Rally, Waad,
  Progressive Democratic Tribune) after their meeting of 31 March 2011, on
  the sectarian mobilisation campaign and the media campaign against the
  opposition. Four plain paragraphs (Arabic, no heading), the last one cut
  where the stored window ends.
- se09_alqawmi-six-societies-periodic-meeting.pdf: the stored page text of
  al-qawmi.org (Bahrain): press statement of the six political societies
  (Nationalist Rally, Progressive Tribune, Waad, Wefaq, Amal, Ikhaa) after
  their periodic meeting, on the media campaigns against Wefaq and Waad and a
  joint environmental event. Four plain paragraphs in DejaVu Sans on A4, the
  last one cut where the stored window ends.
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
    "se08_alqawmi-national-democratic-societies-sectarian-mobilisation": (
        "بيان مشترك بين القومي ووعد والتقدمي"
    ),
}
PDF: dict[str, str] = {
    "se09_alqawmi-six-societies-periodic-meeting": ("تصريح صحفي - الجمعيات الست"),
}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
