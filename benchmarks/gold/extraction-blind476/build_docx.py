#!/usr/bin/env python3
"""Build the DOCX documents of the rq blind extraction set (rq01, rq06) from their texts.

Deterministic: reads ``texts/<stem>.txt`` next to this file and writes ``docs/<stem>.docx``
(python-docx) through the shared builder ``gold_docs.py`` (fixed creation dates and zip
timestamps: two builds give identical bytes).

The texts are the real texts of two stored web pages (see ``sources.csv``), as held by the
stored web-page corpus:

- rq01: confederation-rcd.org (?p=458), the announcement of a civil crisis-cell initiative in
  Raqqa and Tabqa by Syrian civil-society organisations. The stored page marks each
  participating body with a leading "_"; each became a Word "List Bullet" paragraph, the
  other lines Word paragraphs (trailing whitespace dropped).
- rq06: qabaqaosayn.com, the statement of Arab intellectuals "with the Syrian people and its
  right to life" (Paris, 2011), cut by the corpus inside a name. The headline became the
  Word heading 1, each stored paragraph a Word paragraph (empty lines and trailing spaces
  dropped); the signers stay one inline sentence, as in the source.

Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Layout:
  rq01  DOCX: an opening paragraph ending with the cue "والجهات المشاركة هي :", 19 Word
        bullets (one body each), then three closing paragraphs.
  rq06  DOCX: a heading 1, four paragraphs of the statement, then one paragraph
        "وقع البيان 51 مثقفاً بارزاً منهم: A، B، ..." cut after "زاد م".

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
    "rq01_confederation-rcd-khaliyat-al-azma-al-madaniya-raqqa-ar": "خلية الازمة المدنية",
    "rq06_qabaqaosayn-muthaqqafun-arab-maa-al-shaab-al-suri-ar": (
        "مثقون عرب: مع الشعب السوري وحقّه في الحياة"
    ),
}
PDF: dict[str, str] = {}


if __name__ == "__main__":
    build_set(HERE, DOCX, PDF, FIXED_DATE, sys.argv[1:])
