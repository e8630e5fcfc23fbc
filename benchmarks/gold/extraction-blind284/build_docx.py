#!/usr/bin/env python3
"""Build the DOCX documents of the jt blind extraction set (jt07, jt09) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes). No PDF is built: the shared builder's PDF
path only has the DejaVu fonts, which carry no Hangul or Han glyphs.

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus (each window about 2,000 bytes, cut where the corpus cut it):

  jt07  spark946.org (평통사, Korea): the joint press release of 11 December 2006 against the
        7th Special Measures Agreement on US forces cost sharing. The page's title line became
        a Word heading 1, "[ 보 도 자 료 ]" a heading 2, the "수 신 : ..." header lines a
        two-column Word table ("label | value", the " : " dropped; the first row is set in
        bold by the shared builder); the page repeats the sender, date and subject lines after
        "1. 안녕하십니까?", kept as a second 3-row table, then the numbered paragraphs (cut
        inside "2,8" as stored).
  jt09  hkcss.org.hk (Hong Kong): a listing page of the Hong Kong Council of Social Service's
        press releases; each post's title became a Word heading 2 and each post's teaser a
        paragraph (the last teaser is cut as stored). Two of the posts are joint releases of
        the "三會一方".

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

FIXED_DATE = _dt.datetime(2026, 12, 5, 12, 0, 0)

DOCX: dict[str, str] = {
    "jt07_spark946-pyeongtongsa-bangwibi-bundamgeum-gongdong-bodojaryo": (
        "정부는 굴욕적인 방위비분담금 7차 협정안을 철회하고 방위비분담 특별협정 폐기에 나서라!"
    ),
    "jt09_hkcss-sanhui-yifang-fandui-shoujin-zhangzhe-zongyuan": (
        "三會一方回應「反對收緊長者綜援」記者會"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
